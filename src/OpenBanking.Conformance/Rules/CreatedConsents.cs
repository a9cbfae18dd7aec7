using System.Text.Json.Nodes;
using OpenBanking.Conformance.Endpoints;
using OpenBanking.Conformance.Traffic;

namespace OpenBanking.Conformance.Rules;

/// <summary>
/// The consents the bank created in a recording — every POST to a <c>…-consents</c> path whose answer names a
/// <c>Data.ConsentId</c> — indexed once per recording, for the rules that follow a consent id to the consent: the
/// authorization request's <c>openbanking_intent_id</c>, a payment's Initiation, the scope asked for.
/// </summary>
internal static class CreatedConsents
{
    /// <summary>One consent the bank created.</summary>
    /// <param name="Position">Where its exchange is in the recording (from 0).</param>
    /// <param name="Number">Its exchange's number.</param>
    /// <param name="ConsentId">The id the bank gave it.</param>
    /// <param name="Operation">The operation that created it; null when the path is not a v3.1 one the checker knows.</param>
    /// <param name="Request">The consent request's JSON body, or null.</param>
    public sealed record Consent(int Position, int Number, string ConsentId, SpecOperation? Operation, JsonNode? Request);

    private static readonly object Key = new();

    /// <summary>Every consent the bank created before <paramref name="view"/>'s exchange, in order.</summary>
    public static IEnumerable<Consent> Before(ExchangeView view)
    {
        var before = view.Facts.CountBefore(view.Exchange.Number);
        return All(view).Consents.TakeWhile(c => c.Position < before);
    }

    /// <summary>The latest consent with id <paramref name="consentId"/> created before <paramref name="view"/>'s exchange, or null.</summary>
    public static Consent? Find(ExchangeView view, string consentId)
    {
        var before = view.Facts.CountBefore(view.Exchange.Number);
        return All(view).ById.TryGetValue(consentId, out var consents) ? consents.LastOrDefault(c => c.Position < before) : null;
    }

    /// <summary>The scope a TPP asks for to create and authorise a consent of <paramref name="operation"/>'s API (Read/Write Data API Profile §Pre-conditions for TPPs), or null when it creates none.</summary>
    public static string? ScopeOf(SpecOperation? operation) => operation switch
    {
        { Method: "POST", Api: "aisp", Template: "/account-access-consents" } => "accounts",
        { Method: "POST", Api: "cbpii", Template: "/funds-confirmation-consents" } => "fundsconfirmations",
        { Method: "POST", Api: "pisp", Template: var template } when IsConsentCreation(template) => "payments",
        _ => null,
    };

    /// <summary>True for a template that creates a consent: one segment ending in <c>-consents</c> (<c>/domestic-payment-consents</c>, <c>/domestic-vrp-consents</c>).</summary>
    public static bool IsConsentCreation(string template) =>
        template.LastIndexOf('/') == 0 && template.EndsWith("-consents", StringComparison.Ordinal);

    private sealed record Index(List<Consent> Consents, Dictionary<string, List<Consent>> ById);

    private static Index All(ExchangeView view) =>
        view.Facts.Index(Key, facts =>
        {
            var consents = new List<Consent>();
            for (var i = 0; i < facts.Traffic.Exchanges.Count; i++)
            {
                var exchange = facts.Traffic.Exchanges[i];
                if (exchange.Request.Method == "POST" && exchange.Request.Path.EndsWith("-consents", StringComparison.Ordinal)
                    && JsonValues.Text(JsonValues.Member(JsonValues.Member((exchange.Response?.Body as RecordedBody.Json)?.Value, "Data"), "ConsentId")) is { } id)
                {
                    consents.Add(new(i, exchange.Number, id, facts.Endpoints[i].Operation, (exchange.Request.Body as RecordedBody.Json)?.Value));
                }
            }

            return new Index(consents, consents.GroupBy(c => c.ConsentId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal));
        });
}
