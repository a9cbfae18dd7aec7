using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenBanking.Core.Json;

/// <summary>
/// A decimal the spec writes as a string of a fixed shape: optional minus sign (when <paramref name="signed"/>),
/// 1 to <paramref name="integerDigits"/> digits, then optionally a point and 1 to <paramref name="fractionDigits"/> digits.
/// It is read into <see cref="decimal"/>, so it never passes through a binary floating point.
/// </summary>
/// <param name="what">What the value is, for messages: "an amount", "a rate".</param>
/// <param name="example">An example value, for messages.</param>
/// <param name="integerDigits">The most digits before the point.</param>
/// <param name="fractionDigits">The most digits after it.</param>
/// <param name="signed">Whether a leading minus sign is allowed.</param>
internal abstract class DecimalStringConverter(string what, string example, int integerDigits, int fractionDigits, bool signed) : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"expected {what} as a string such as \"{example}\"");
        }

        var text = reader.GetString()!;
        return TryParse(text, out var value)
            ? value
            : throw new JsonException(
                $"expected {what} of 1-{integerDigits} digits{(signed ? ", optionally signed," : "")} and up to {fractionDigits} decimals, not \"{text}\"");
    }

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));

    private bool TryParse(string text, out decimal value)
    {
        value = 0;
        var digits = signed && text.StartsWith('-') ? text[1..] : text;
        var dot = digits.IndexOf('.', StringComparison.Ordinal);
        var integerPart = dot < 0 ? digits.Length : dot;
        var fractionPart = dot < 0 ? 0 : digits.Length - dot - 1;
        return integerPart >= 1 && integerPart <= integerDigits
            && (dot < 0 || (fractionPart >= 1 && fractionPart <= fractionDigits))
            && digits.All(c => char.IsAsciiDigit(c) || c == '.')
            && decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }
}
