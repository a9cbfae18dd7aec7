using System.Globalization;
using System.Text.Json.Nodes;
using MockAspsp.Domain;
using MockAspsp.Features.Aisp;

namespace MockAspsp.Features.Pisp;

/// <summary>
/// What the PSU is shown before approving a payment consent — the payee, the amount and currency, the reference and
/// the charges, and what else the kind of payment adds (its date, frequency, exchange rate, file) — on the approval page
/// and in the headless approval's answer alike.
/// </summary>
public static class PaymentSummary
{
    /// <summary>Labelled lines, in the order the page shows them.</summary>
    public static IReadOnlyList<(string Label, string Value)> Lines(PaymentConsent consent)
    {
        ArgumentNullException.ThrowIfNull(consent);
        var terms = consent.Terms;
        var lines = new List<(string, string)>
        {
            ("Payee", terms.PayeeName),
            ("Amount", $"{Wire.Amount(terms.Amount)} {terms.Currency}"),
            ("Reference", terms.Reference ?? "none"),
            ("Charges", terms.Charges.Length == 0 ? "none" : string.Join("; ", terms.Charges.Select(c => $"{Wire.Amount(c.Amount)} {c.Currency} ({c.Type}, {c.ChargeBearer})"))),
        };
        var api = PaymentApi.Of(consent.Kind);
        if (api.Timing is PaymentTiming.Scheduled or PaymentTiming.StandingOrder)
        {
            lines.Add((api.Timing == PaymentTiming.Scheduled ? "Payment date" : "First payment", Wire.Date(terms.ExecutionDateTime)));
        }

        if (terms.Frequency is { } frequency)
        {
            lines.Add(("Frequency", frequency));
        }

        if (terms.Quote is { } quote)
        {
            lines.Add(("Exchange rate", $"{quote.ExchangeRate.ToString(CultureInfo.InvariantCulture)} per {quote.UnitCurrency} ({quote.RateType})"));
        }

        if (terms.File is { } file)
        {
            lines.Add(("File", $"{file.FileType}, {file.NumberOfTransactions?.ToString(CultureInfo.InvariantCulture) ?? "?"} payments"));
        }

        return lines;
    }

    /// <summary>The same, for the headless approval's JSON answer.</summary>
    public static JsonObject Json(PaymentConsent consent)
    {
        ArgumentNullException.ThrowIfNull(consent);
        var terms = consent.Terms;
        var json = new JsonObject
        {
            ["payee"] = terms.PayeeName,
            ["amount"] = Wire.Amount(terms.Amount),
            ["currency"] = terms.Currency,
            ["reference"] = terms.Reference,
            ["charges"] = new JsonArray([.. terms.Charges.Select(c => (JsonNode)new JsonObject
            {
                ["type"] = c.Type, ["charge_bearer"] = c.ChargeBearer, ["amount"] = Wire.Amount(c.Amount), ["currency"] = c.Currency,
            })]),
        };
        if (consent.DebtorAccountId is { } debtor)
        {
            json["debtor_account"] = debtor;
        }

        return json;
    }
}
