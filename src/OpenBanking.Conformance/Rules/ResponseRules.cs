using System.Text.RegularExpressions;
using OpenBanking.Conformance.Endpoints;
using OpenBanking.Conformance.Traffic;

namespace OpenBanking.Conformance.Rules;

/// <summary>
/// What a bank's Read/Write API responses must be: headers, statuses, error bodies and success bodies
/// (Read/Write Data API Profile v3.1.11 and the v3.1.11 OpenAPI files).
/// </summary>
public static partial class ResponseRules
{
    private const string Profile = "Read/Write Data API Profile v3.1.11";

    /// <summary>Statuses for which every v3.1.11 OpenAPI file gives OBErrorResponse1 as the body (409: VRP only).</summary>
    private static readonly int[] ErrorBodyStatuses = [400, 403, 409, 500];

    /// <summary>The rules.</summary>
    public static IReadOnlyList<Rule> All { get; } =
    [
        new(new("ASPSP-HDR-001", Severity.Error, "Every Read/Write API response carries x-fapi-interaction-id",
                $"{Profile} §Response Headers (mandatory, for successful and error responses); FAPI 1.0 Baseline §6.2.1.11",
                "Set x-fapi-interaction-id on every response, errors included: the request's value, or a new UUID when the request had none"),
            view => view.Answered() is not null && view.Response!.Header("x-fapi-interaction-id") is null
                ? [new("$.response.headers.x-fapi-interaction-id", "there is no x-fapi-interaction-id header")]
                : []),

        new(new("ASPSP-HDR-002", Severity.Error, "x-fapi-interaction-id plays back the request's id, or is a new UUID when the request had none",
                $"{Profile} §Request Headers (\"the ASPSP must play back this value\") and §Response Headers; FAPI 1.0 Baseline §6.2.1.11",
                "Copy the request's x-fapi-interaction-id to the response unchanged; generate an RFC 4122 UUID only when the request has none"),
            view => view.Answered() is not null && view.Response!.Header("x-fapi-interaction-id") is { } answered
                ? InteractionIdProblem(view.Request.Header("x-fapi-interaction-id"), answered) is { } problem
                    ? [new("$.response.headers.x-fapi-interaction-id", problem)]
                    : []
                : []),

        new(new("ASPSP-HDR-003", Severity.Error, "A JSON response body is labelled Content-Type: application/json",
                $"{Profile} §Response Headers (Content-Type: application/json for all unencrypted endpoints); RFC 6749 §5.1 and §5.2 (token endpoint)",
                "Send 'Content-Type: application/json' (a charset parameter is allowed) with JSON bodies"),
            view => (view.Answered() is not null || (view.Endpoint.Kind == EndpointKind.Token && view.Response is not null))
                && IsJson(view.Response!.Body) && view.Response.MediaType != "application/json"
                    ? [new("$.response.headers.Content-Type", view.Response.MediaType is { } type ? $"the JSON body is labelled {type}" : "the JSON body has no Content-Type")]
                    : []),

        new(new("ASPSP-HDR-004", Severity.Warning, "A 429 (Too Many Requests) says when to retry with Retry-After",
                $"{Profile} §HTTP Status Codes and §Response Headers (\"should include a Retry-After header\")",
                "Send Retry-After with the number of seconds the TPP must wait before retrying"),
            view => view.Answered() is not null && view.Response!.Status == 429 && view.Response.Header("Retry-After") is null
                ? [new("$.response.headers.Retry-After", "the 429 has no Retry-After header")]
                : []),

        new(new("ASPSP-HDR-005", Severity.Error, "Retry-After, when sent, is a number of seconds",
                $"{Profile} §Response Headers (\"the time (in seconds)\"); OpenAPI files: 429 Retry-After is an integer",
                "Send Retry-After as whole seconds, e.g. 'Retry-After: 30', not as a date"),
            view => view.Answered() is not null && view.Response!.Header("Retry-After") is { } after && !Seconds().IsMatch(after)
                ? [new("$.response.headers.Retry-After", $"'{after}' is not a number of seconds")]
                : []),

        new(new("ASPSP-HDR-006", Severity.Error, "Payment and VRP success responses are signed with x-jws-signature",
                "Payment Initiation API v3.1.11 and VRP API v3.1.11 OpenAPI files: x-jws-signature is a required response header; "
                + $"{Profile} §Message Signing",
                "Sign the response body as a detached JWS (header..signature) with the bank's signing key and send it as x-jws-signature"),
            view => view.IsJsonSuccess(out var operation) && operation.Api == "pisp"
                ? view.Response!.Header("x-jws-signature") is not { } signature
                    ? [new("$.response.headers.x-jws-signature", $"{operation} answers without x-jws-signature")]
                    : !RequestHeaderRules.IsDetachedJws(signature)
                        ? [new("$.response.headers.x-jws-signature", "the value is not a detached JWS (header..signature)")]
                        : []
                : []),

        new(new("ASPSP-STS-001", Severity.Warning, "The status is one the spec lists for the operation",
                $"v3.1.11 OpenAPI files (each operation's responses); {Profile} §HTTP Status Codes (other standard statuses may come from gateways)",
                "Answer with the statuses the spec lists for the operation: e.g. 400, not 404, for a resource id that does not exist"),
            view => view.Answered() is { } operation && !operation.Statuses.Contains(view.Response!.Status)
                ? [new("$.response.status", $"{view.Response.Status} is not a status the spec lists for {operation} ({string.Join(", ", operation.Statuses)})")]
                : []),

        new(new("ASPSP-STS-002", Severity.Error, "A success has the operation's success status (201 for a create, 204 for a delete, 200 for a read)",
                $"{Profile} §HTTP Status Codes; v3.1.11 OpenAPI files",
                "Answer a successful POST that creates a resource with 201, a DELETE with 204 and a GET with 200"),
            view => view.Answered() is { } operation && view.Response!.Status is >= 200 and < 300 && view.Response.Status != operation.SuccessStatus
                ? [new("$.response.status", $"{operation} succeeds with {operation.SuccessStatus}, not {view.Response.Status}")]
                : []),

        new(new("ASPSP-ERR-001", Severity.Error, "An error body is an OBErrorResponse1 with documented OBIE error codes",
                $"{Profile} §Error Response Structure (\"for all errors during API calls\"); OpenAPI files: 400, 403, 409 and 500 bodies are "
                + "OBErrorResponse1; Namespaced Enumerations v3.1.11 (OBError1.ErrorCode: UK.OBIE.* as listed, or the bank's own namespace)",
                "Answer errors with {\"Code\", \"Message\", \"Errors\": [{\"ErrorCode\": \"UK.OBIE.…\", \"Message\", \"Path\"}]}, using the spec's error codes"),
            // Only where the spec gives the body: a gateway's 404/405/406/415/429 may say what it likes, and a 401 is ERR-003's.
            view => view.Answered() is { } operation && ResponseView.ErrorSchemasFor(operation) is { } errors
                && ErrorBodyStatuses.Contains(view.Response!.Status) && !view.Response.IsEncrypted()
                ? view.Response.Body is RecordedBody.Json { Value: not null } json
                    ? errors.Validate(ResponseView.ErrorResponse, json.Value, ResponseView.Body, view.Facts)
                    : view.Response.Body is RecordedBody.Text && ErrorBodyStatuses.Contains(view.Response.Status)
                        ? [new(ResponseView.Body, $"the {view.Response.Status} body is not JSON ({view.Response.MediaType ?? "no Content-Type"})")]
                        : []
                : []),

        new(new("ASPSP-ERR-002", Severity.Warning, "A 400, 409 or 500 carries an OBErrorResponse1 body",
                $"{Profile} §HTTP Status Codes (\"must respond with Open Banking Error Response Structure for all errors\"); OpenAPI files",
                "Say what went wrong in an OBErrorResponse1 body, with an ErrorCode and the Path of the offending field"),
            view => view.Answered() is not null && view.Response!.Status is 400 or 409 or 500 && view.Response.Body is RecordedBody.Empty
                ? [new(ResponseView.Body, $"the {view.Response.Status} has no body")]
                : []),

        new(new("ASPSP-ERR-003", Severity.Warning, "A 401 that refuses the access token has no body",
                $"{Profile} §401 (Unauthorized) (\"must return a 401 without any error response\" when the TPP uses an expired access token); "
                + "OpenAPI files document no 401 body; RFC 6750 §3 (the reason goes in WWW-Authenticate: Bearer error=\"invalid_token\")",
                "Answer an expired, revoked or unknown access token with a bare 401 and 'WWW-Authenticate: Bearer error=\"invalid_token\"'"),
            view => view.Answered() is not null && view.Response!.Status == 401 && view.Response.Body is not RecordedBody.Empty
                && view.Request.Header("Authorization") is { } authorization && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                ? [new(ResponseView.Body, "the 401 refusing the access token has a body")]
                : []),

        new(new("ASPSP-SCH-001", Severity.Error, "A success body matches the operation's response schema",
                "v3.1.11 OpenAPI documents (shipped in OpenBanking.Conformance), the operation's success response schema (e.g. OBReadAccount6, OBWriteDomesticConsentResponse5, OBDomesticVRPResponse)",
                "Send the members the schema requires, with the spec's types, lengths, patterns, code values and ISO 8601 date-times with a time zone"),
            view => view.IsJsonSuccess(out var operation) && ResponseView.SchemasFor(operation) is var schemas
                && view.Response is { } response && !response.IsEncrypted()
                ? response.Body is RecordedBody.Json { Value: not null } json
                    ? schemas.Validate(operation.ResponseSchema!, json.Value, ResponseView.Body, view.Facts)
                    : [new(ResponseView.Body, $"{ResponseView.NotJson(response.Body, response.MediaType)}; {operation} answers with {operation.ResponseSchema}")]
                : []),

        new(new("ASPSP-SCH-002", Severity.Warning, "A success body has only the members the spec defines",
                "v3.1.11 OpenAPI documents (shipped in OpenBanking.Conformance), components.schemas (additionalProperties: false)",
                "Leave out members the spec does not define, or put bank-specific data in SupplementaryData where the spec offers it"),
            view => view.IsJsonSuccess(out var operation) && ResponseView.SchemasFor(operation) is var schemas && view.JsonBody() is { } body
                ? schemas.UnknownMembers(operation.ResponseSchema!, body, ResponseView.Body, view.Facts)
                : []),

        new(new("ASPSP-LNK-001", Severity.Error, "A success body has Links with Self",
                $"{Profile} §Links (\"The Links section is mandatory ... The 'Self' member is mandatory\") and §Pagination",
                "Add \"Links\": {\"Self\": \"<the absolute URL of this resource or page>\"} to every success body"),
            view => view.IsJsonSuccess(out _) && view.JsonBody() is System.Text.Json.Nodes.JsonObject body
                ? JsonValues.Member(body, "Links") is not System.Text.Json.Nodes.JsonObject links
                    ? [new($"{ResponseView.Body}.Links", "there is no Links object")]
                    : JsonValues.Member(links, "Self") is null
                        ? [new($"{ResponseView.Body}.Links.Self", "Links has no Self")]
                        : []
                : []),

        new(new("ASPSP-LNK-002", Severity.Error, "A success body has Meta",
                $"{Profile} §Meta (\"The Meta section is mandatory, but may be empty\")",
                "Add \"Meta\": {} (with TotalPages for paginated lists) to every success body"),
            view => view.IsJsonSuccess(out _) && view.JsonBody() is System.Text.Json.Nodes.JsonObject body && JsonValues.Member(body, "Meta") is null
                ? [new($"{ResponseView.Body}.Meta", "there is no Meta object")]
                : []),
    ];

    /// <summary>A JSON body, or one recorded as text (because of its label) that is a JSON object or array all the same.</summary>
    private static bool IsJson(RecordedBody body)
    {
        if (body is RecordedBody.Json)
        {
            return true;
        }

        if (body is not RecordedBody.Text { Value: var text } || text.TrimStart() is not ['{' or '[', ..])
        {
            return false;
        }

        try
        {
            return WireFormats.ParseJson(text) is System.Text.Json.Nodes.JsonObject or System.Text.Json.Nodes.JsonArray;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    private static string? InteractionIdProblem(string? sent, string answered)
    {
        if (WireFormats.IsUuid(sent))
        {
            return string.Equals(sent, answered, StringComparison.OrdinalIgnoreCase) ? null : $"'{answered}' is not the request's '{sent}'";
        }

        return WireFormats.IsUuid(answered) || answered == sent ? null : $"'{answered}' is not a UUID";
    }

    [GeneratedRegex("^[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Seconds();
}
