namespace OpenBanking.Core.Accounts;

/// <summary>Currency exchange details of a transaction (OBCurrencyExchange5).</summary>
/// <param name="SourceCurrency">The currency exchanged from.</param>
/// <param name="ExchangeRate">The rate: how many units of the target per unit of the source.</param>
/// <param name="TargetCurrency">The currency exchanged to.</param>
/// <param name="UnitCurrency">The currency the rate is expressed in.</param>
/// <param name="ContractIdentification">The exchange contract's id.</param>
/// <param name="QuotationDate">When the rate was quoted.</param>
/// <param name="InstructedAmount">The amount instructed, before exchange.</param>
public sealed record CurrencyExchange(
    string SourceCurrency,
    decimal ExchangeRate,
    string? TargetCurrency = null,
    string? UnitCurrency = null,
    string? ContractIdentification = null,
    DateTimeOffset? QuotationDate = null,
    ObAmount? InstructedAmount = null);
