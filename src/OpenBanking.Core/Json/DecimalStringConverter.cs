using System.Buffers.Text;
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
    // Longer than any value of the shape (sign, 13 digits, point, 5 decimals) with room to spare: no stack buffer overflows.
    private const int MaxLength = 64;

    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"expected {what} as a string such as \"{example}\"");
        }

        // Read from the UTF-8 bytes where they are: a page of transactions has thousands of amounts, and a string each
        // was most of what they cost. Escaped or split values are unescaped into a buffer first.
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        Span<byte> buffer = stackalloc byte[MaxLength];
        var text = length > MaxLength ? default
            : reader.HasValueSequence || reader.ValueIsEscaped ? buffer[..reader.CopyString(buffer)]
            : reader.ValueSpan;
        return length <= MaxLength && TryParse(text, out var value)
            ? value
            : throw new JsonException(
                $"expected {what} of 1-{integerDigits} digits{(signed ? ", optionally signed," : "")} and up to {fractionDigits} decimals, not \"{Excerpt(ref reader)}\"");
    }

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));

    private bool TryParse(ReadOnlySpan<byte> text, out decimal value)
    {
        value = 0;
        var digits = signed && text.StartsWith("-"u8) ? text[1..] : text;
        var dot = digits.IndexOf((byte)'.');
        var integerPart = dot < 0 ? digits.Length : dot;
        var fractionPart = dot < 0 ? 0 : digits.Length - dot - 1;
        return integerPart >= 1 && integerPart <= integerDigits
            && (dot < 0 || (fractionPart >= 1 && fractionPart <= fractionDigits))
            && !digits[..integerPart].ContainsAnyExceptInRange((byte)'0', (byte)'9')
            && (dot < 0 || !digits[(dot + 1)..].ContainsAnyExceptInRange((byte)'0', (byte)'9'))
            && Utf8Parser.TryParse(text, out value, out var consumed) && consumed == text.Length;
    }

    // The value as the bank sent it, for the message; a long one cut short.
    private static string Excerpt(ref Utf8JsonReader reader)
    {
        var text = reader.GetString() ?? "";
        return text.Length <= MaxLength ? text : $"{text[..MaxLength]}…";
    }
}
