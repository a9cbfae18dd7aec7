using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Accounts;

/// <summary>An amount and its ISO 4217 currency (OBActiveOrHistoricCurrencyAndAmount). The amount is a string on the wire.</summary>
/// <param name="Amount">The amount, never negative: the direction is the CreditDebitIndicator.</param>
/// <param name="Currency">The three-letter currency code.</param>
/// <param name="SubType">For balances: whether this is the base or the local currency.</param>
public sealed record ObAmount(
    [property: JsonConverter(typeof(AmountConverter))] decimal Amount,
    string Currency,
    AmountSubType? SubType = null);
