using System.Text.Json.Nodes;
using OpenBanking.Conformance.Endpoints;
using OpenBanking.Conformance.Traffic;

namespace OpenBanking.Conformance.Rules;

/// <summary>
/// What a TPP's request bodies must be, for every operation of every family (accounts, payments, VRP, confirmation of
/// funds, events): the request schema its v3.1.11 OpenAPI document gives, read from the document itself.
/// </summary>
public static class RequestBodyRules
{
    /// <summary>The path of the request body in findings.</summary>
    public const string Body = "$.request.body";

    /// <summary>The rules.</summary>
    public static IReadOnlyList<Rule> All { get; } =
    [
        new(new("TPP-SCH-001", Severity.Error, "A request body matches the operation's request schema, with only the members the spec defines",
                "v3.1.11 OpenAPI documents (shipped in OpenBanking.Conformance), the operation's requestBody schema (e.g. OBWriteDomesticConsent4, "
                + "OBDomesticVRPConsentRequest, OBFundsConfirmationConsent1); the bank rejects a body that breaks it with 400 UK.OBIE.Field.*",
                "Send the members the schema requires, with the spec's types, lengths, patterns, code values and ISO 8601 date-times, and no others"),
            view => Judged(view) is { } operation && !ConsentRequestRules.IsConsentRequest(operation)
                ? Findings(view, operation)
                : []),
    ];

    /// <summary>The operation, when the request went to the Read/Write API with a body its schema describes in plain JSON.</summary>
    internal static SpecOperation? Judged(ExchangeView view) =>
        view.Endpoint is { Kind: EndpointKind.Api, Operation: { RequestSchema: not null } operation } && view.Request.MediaType != "application/jose+jwe"
            ? operation
            : null;

    /// <summary>Every way the request body breaks the operation's request schema (members the spec does not define included).</summary>
    internal static IEnumerable<Finding> Findings(ExchangeView view, SpecOperation operation)
    {
        if (view.Request.Body is not RecordedBody.Json { Value: JsonNode body })
        {
            return [new(Body, $"{ResponseView.NotJson(view.Request.Body, view.Request.MediaType)}; {operation} takes {operation.RequestSchema}")];
        }

        var schemas = ResponseView.SchemasFor(operation);
        return schemas.Validate(operation.RequestSchema!, body, Body, view.Facts).Concat(schemas.UnknownMembers(operation.RequestSchema!, body, Body, view.Facts));
    }
}
