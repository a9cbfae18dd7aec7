using System.Text.Json.Nodes;
using OpenBanking.Conformance.Endpoints;
using OpenBanking.Conformance.Schemas;
using OpenBanking.Conformance.Specs;
using OpenBanking.Conformance.Traffic;

namespace OpenBanking.Conformance.Rules;

/// <summary>What response rules ask of an exchange, answered safely for any recording.</summary>
internal static class ResponseView
{
    /// <summary>The path of the response body in findings.</summary>
    public const string Body = "$.response.body";

    /// <summary>The operation, when the request went to the Read/Write API and got a response.</summary>
    public static SpecOperation? Answered(this ExchangeView view) =>
        view.Endpoint.Kind == EndpointKind.Api && view.Response is not null ? view.Endpoint.Operation : null;

    /// <summary>The response's JSON body, or null when it has none or another kind (a JSON <c>null</c> is null too).</summary>
    public static JsonNode? JsonBody(this ExchangeView view) => view.Response?.Body is RecordedBody.Json json ? json.Value : null;

    /// <summary>The request's JSON body, or null.</summary>
    public static JsonNode? RequestJson(this ExchangeView view) => view.Request.Body is RecordedBody.Json json ? json.Value : null;

    /// <summary>True for the success response of an operation whose success carries a JSON body.</summary>
    public static bool IsJsonSuccess(this ExchangeView view, out SpecOperation operation)
    {
        operation = view.Answered()!;
        return operation is { ResponseSchema: not null } && view.Response!.Status == operation.SuccessStatus;
    }

    /// <summary>True when the body is encrypted (application/jose+jwe): its content cannot be checked.</summary>
    public static bool IsEncrypted(this RecordedResponse response) => response.MediaType is "application/jose+jwe" or "application/jwe";

    /// <summary>The schemas of the document that declares <paramref name="operation"/>.</summary>
    public static SchemaSet SchemasFor(SpecOperation operation) => SpecDocuments.Of(operation).Schemas;

    /// <summary>
    /// The schemas defining OBErrorResponse1 as the operation's own document does (VRP's error codes are not the
    /// others'), or null for a document without one (event notifications, the TPP's endpoint).
    /// </summary>
    public static SchemaSet? ErrorSchemasFor(SpecOperation operation) =>
        SchemasFor(operation) is var schemas && schemas.Defines(ErrorResponse) ? schemas : null;

    /// <summary>The spec's error body.</summary>
    public const string ErrorResponse = "OBErrorResponse1";

    /// <summary>What a body that is not JSON is, for a finding.</summary>
    public static string NotJson(RecordedBody body, string? mediaType) => body switch
    {
        RecordedBody.Empty => "there is no body",
        RecordedBody.Text => $"the body is not JSON ({mediaType ?? "no Content-Type"})",
        _ => "the body is JSON null",
    };
}
