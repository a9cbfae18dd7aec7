using System.Text.Json.Nodes;
using OpenBanking.Conformance.Endpoints;
using OpenBanking.Conformance.Traffic;

namespace OpenBanking.Conformance.Rules;

/// <summary>
/// What a payment submission must keep from its consent (Payment Initiation API v3.1.11, each payment type's POST;
/// VRP API v3.1.11 §OBDomesticVRPRequest): the Initiation and Risk the PSU authorised. The same rule judges every
/// type — domestic, scheduled, standing order, international, file and domestic VRP — by pairing
/// <c>POST /{type}s</c> with the <c>POST /{type}-consents</c> that created the consent it names.
/// </summary>
public static class PaymentRules
{
    private const string Data = "$.request.body.Data";

    /// <summary>The rules.</summary>
    public static IReadOnlyList<Rule> All { get; } =
    [
        new(new("TPP-PIS-001", Severity.Error, "A payment's Initiation and Risk are the ones of the consent it names (created earlier in the recording)",
                "Payment Initiation API v3.1.11, POST /domestic-payments and every other payment type (\"The PISP must ensure that the Initiation and Risk sections … match the corresponding Initiation and Risk sections of the … consent resource\"; otherwise 400 UK.OBIE.Resource.ConsentMismatch); "
                + "VRP API v3.1.11 §OBDomesticVRPRequest (Initiation unchanged; Risk \"must match the risk block for the corresponding Domestic VRP consent\")",
                "Build the submission's Data.Initiation and Risk from the consent as you sent it (or as the bank played it back), member for member, and send the ConsentId of a consent of the same payment type"),
            view => Submission(view) is { } submission ? Mismatches(view, submission) : []),
    ];

    /// <summary>A submission: its operation, its JSON body's Data, and the template of the consent it pays under.</summary>
    private sealed record PaymentSubmission(JsonObject Body, string ConsentId, string ConsentTemplate);

    private static PaymentSubmission? Submission(ExchangeView view) =>
        view.Endpoint is { Kind: EndpointKind.Api, Operation: { Api: "pisp", Method: "POST", Template: var template } }
        && template.LastIndexOf('/') == 0 && !template.EndsWith("-consents", StringComparison.Ordinal)
        && view.RequestJson() is JsonObject body
        && JsonValues.Text(JsonValues.Member(body["Data"], "ConsentId")) is { } consentId
            ? new(body, consentId, $"{template[..^1]}-consents")
            : null;

    private static List<Finding> Mismatches(ExchangeView view, PaymentSubmission submission)
    {
        if (CreatedConsents.Find(view, submission.ConsentId) is not { } consent)
        {
            // A consent made before the recording started cannot be compared.
            return [];
        }

        if (consent.Operation?.Template != submission.ConsentTemplate)
        {
            return [new($"{Data}.ConsentId", $"'{submission.ConsentId}' is the consent exchange #{consent.Number} created with POST {consent.Operation?.Template ?? "to another path"}, not with POST {submission.ConsentTemplate}")];
        }

        var requested = consent.Request as JsonObject;
        return
        [
            .. Section(JsonValues.Member(submission.Body["Data"], "Initiation"), JsonValues.Member(JsonValues.Member(requested, "Data"), "Initiation"), $"{Data}.Initiation", consent.Number),
            .. Section(submission.Body["Risk"], JsonValues.Member(requested, "Risk"), "$.request.body.Risk", consent.Number),
        ];
    }

    /// <summary>The differences of a section both bodies have; nothing when either lacks it (the schema rules say so).</summary>
    private static IEnumerable<Finding> Section(JsonNode? sent, JsonNode? consented, string path, int consentExchange) =>
        sent is null || consented is null ? [] : Differences(sent, consented, path, consentExchange);

    /// <summary>
    /// Where <paramref name="sent"/> differs from <paramref name="consented"/> as JSON values (members in any order):
    /// each member missing, added or changed, at its own path.
    /// </summary>
    private static IEnumerable<Finding> Differences(JsonNode? sent, JsonNode? consented, string path, int consentExchange) =>
        JsonNode.DeepEquals(sent, consented) ? []
        : sent is JsonObject a && consented is JsonObject b
            ? a.Select(m => m.Key).Union(b.Select(m => m.Key), StringComparer.Ordinal).SelectMany(name =>
                !b.ContainsKey(name) ? [new Finding($"{path}.{name}", $"{name} is sent, and the consent (exchange #{consentExchange}) has none")]
                : !a.ContainsKey(name) ? [new Finding($"{path}.{name}", $"{name} is missing; the consent (exchange #{consentExchange}) has {Show(b[name])}")]
                : Differences(a[name], b[name], $"{path}.{name}", consentExchange))
            : [new Finding(path, $"{Show(sent)} is not the consent's {Show(consented)} (exchange #{consentExchange})")];

    private static string Show(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "null";
        return text.Length <= 80 ? text : text[..77] + "…";
    }
}
