using System.Text.Json.Nodes;
using OpenBanking.Conformance.Endpoints;
using OpenBanking.Conformance.Schemas;
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
        return operation is { ResponseSchema: { } schema } && schema != "File" && view.Response!.Status == operation.SuccessStatus;
    }

    /// <summary>True when the body is encrypted (application/jose+jwe): its content cannot be checked.</summary>
    public static bool IsEncrypted(this RecordedResponse response) => response.MediaType is "application/jose+jwe" or "application/jwe";

    /// <summary>The response schemas we have, by the spec's name: the account-information ones.</summary>
    public static SchemaSet? SchemasFor(string schemaName) => AccountInfoSchemas.Set.Defines(schemaName) ? AccountInfoSchemas.Set : null;

    /// <summary>OBErrorResponse1 as the operation's API file defines it (VRP adds two error codes).</summary>
    public static SchemaSet ErrorSchemasFor(SpecOperation operation) =>
        operation.Template.StartsWith("/domestic-vrp", StringComparison.Ordinal) ? ErrorSchemas.Vrp : ErrorSchemas.ReadWrite;

    /// <summary>What a body that is not JSON is, for a finding.</summary>
    public static string NotJson(RecordedBody body, string? mediaType) => body switch
    {
        RecordedBody.Empty => "there is no body",
        RecordedBody.Text => $"the body is not JSON ({mediaType ?? "no Content-Type"})",
        _ => "the body is JSON null",
    };
}
