namespace OpenBanking.Core.Json;

/// <summary>
/// Rates are strings on the wire (OB_Rate1, <c>^(-?\d{1,3}){1}(\.\d{1,4}){0,1}$</c>: a statement's or an offer's
/// rate, a percentage that may be negative) and <see cref="decimal"/> in code.
/// </summary>
internal sealed class RateConverter() : DecimalStringConverter("a rate", "19.9", 3, 4, signed: true);
