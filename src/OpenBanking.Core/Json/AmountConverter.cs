namespace OpenBanking.Core.Json;

/// <summary>
/// Amounts are strings on the wire (OBActiveCurrencyAndAmount_SimpleType, <c>^\d{1,13}$|^\d{1,13}\.\d{1,5}$</c>)
/// and <see cref="decimal"/> in code, so no amount ever passes through a binary floating point.
/// </summary>
internal sealed class AmountConverter() : DecimalStringConverter("an amount", "10.50", 13, 5, signed: false);
