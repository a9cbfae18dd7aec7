using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Payments;

/// <summary>
/// An amount of money and its ISO 4217 currency (OBActiveOrHistoricCurrencyAndAmount; the <c>InstructedAmount</c>,
/// standing order amounts and charges). The amount is a <see cref="decimal"/> here and a string on the wire, written as
/// it is held (<c>10.50m</c> is <c>"10.50"</c>); <see cref="PaymentValidation"/> checks it has the spec's shape
/// (<c>^\d{1,13}$|^\d{1,13}\.\d{1,5}$</c>) and is more than zero before it is sent.
/// </summary>
/// <param name="Amount">The amount, more than zero.</param>
/// <param name="Currency">The three-letter ISO 4217 code, e.g. <c>GBP</c>.</param>
public sealed record PaymentAmount(
    [property: JsonConverter(typeof(AmountConverter))] decimal Amount,
    string Currency);
