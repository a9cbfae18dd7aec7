namespace OpenBanking.Core.Payments;

/// <summary>
/// The exchange rate the TPP asks for in an international initiation (<c>Initiation.ExchangeRateInformation</c>). An
/// <see cref="RateType.Agreed"/> rate gives the rate and the contract it was agreed under; an actual or indicative one gives
/// neither (International Payment Consents, Exchange Rate Information).
/// </summary>
/// <param name="UnitCurrency">The currency the rate is expressed in: with 1 GBP = x EUR, <c>GBP</c>.</param>
/// <param name="RateType">Agreed, actual or indicative.</param>
/// <param name="ExchangeRate">The agreed rate (a JSON number on the wire), more than zero.</param>
/// <param name="ContractIdentification">The foreign exchange contract, at most 256 characters.</param>
public sealed record ExchangeRateInformation(string UnitCurrency, RateType RateType, decimal? ExchangeRate = null, string? ContractIdentification = null);
