using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenBanking.Core.Json;

/// <summary>
/// Amounts are strings on the wire (OBActiveCurrencyAndAmount_SimpleType, <c>^\d{1,13}$|^\d{1,13}\.\d{1,5}$</c>)
/// and <see cref="decimal"/> in code, so no amount ever passes through a binary floating point.
/// </summary>
internal sealed class AmountConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("expected an amount as a string such as \"10.50\"");
        }

        var text = reader.GetString()!;
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var integerDigits = dot < 0 ? text.Length : dot;
        var fractionDigits = dot < 0 ? 0 : text.Length - dot - 1;
        if (integerDigits is < 1 or > 13 || (dot >= 0 && fractionDigits is < 1 or > 5) || !text.All(c => char.IsAsciiDigit(c) || c == '.')
            || !decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            throw new JsonException($"expected an amount of 1-13 digits and up to 5 decimals, not \"{text}\"");
        }

        return amount;
    }

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));
}
