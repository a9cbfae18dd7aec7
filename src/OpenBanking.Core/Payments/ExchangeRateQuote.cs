namespace OpenBanking.Core.Payments;

/// <summary>The exchange rate the bank will apply or applied to an international payment (<c>Data.ExchangeRateInformation</c> of its answers).</summary>
/// <param name="UnitCurrency">The currency the rate is expressed in.</param>
/// <param name="ExchangeRate">The rate.</param>
/// <param name="RateType">Agreed, actual or indicative.</param>
/// <param name="ContractIdentification">The foreign exchange contract.</param>
/// <param name="ExpirationDateTime">Until when an indicative or agreed quote holds.</param>
public sealed record ExchangeRateQuote(
    string UnitCurrency, decimal ExchangeRate, RateType RateType, string? ContractIdentification = null, DateTimeOffset? ExpirationDateTime = null);
