namespace MockAspsp.Domain;

/// <summary>
/// The exchange rate an international consent was given (its response's ExchangeRateInformation): units of the
/// transfer currency for one <paramref name="UnitCurrency"/>.
/// </summary>
/// <param name="UnitCurrency">The currency one unit of which the rate prices.</param>
/// <param name="ExchangeRate">The rate.</param>
/// <param name="RateType">Actual, Agreed or Indicative.</param>
/// <param name="ContractIdentification">The TPP's contract for an Agreed rate.</param>
/// <param name="ExpirationDateTime">Until when an Actual rate holds.</param>
public sealed record ExchangeQuote(string UnitCurrency, decimal ExchangeRate, string RateType, string? ContractIdentification, DateTimeOffset? ExpirationDateTime);
