using System.Text.Json;
using System.Text.Json.Nodes;
using OpenBanking.Conformance.Endpoints;

namespace OpenBanking.Conformance.Rules;

/// <summary>What the bank's token endpoint must answer (RFC 6749 §5.1 and §5.2; Read/Write Data API Profile v3.1.11 §Token Expiry Time).</summary>
public static class TokenResponseRules
{
    /// <summary>RFC 6749 §5.2's error codes.</summary>
    private static readonly string[] ErrorCodes = ["invalid_request", "invalid_client", "invalid_grant", "unauthorized_client", "unsupported_grant_type", "invalid_scope"];

    /// <summary>The rules.</summary>
    public static IReadOnlyList<Rule> All { get; } =
    [
        new(new("ASPSP-TOK-001", Severity.Error, "A token response carries access_token and token_type Bearer",
                "RFC 6749 §5.1 (access_token and token_type REQUIRED); RFC 6750 (Bearer); FAPI 1.0 Baseline",
                "Answer a successful token request with JSON {\"access_token\": \"…\", \"token_type\": \"Bearer\", \"expires_in\": …}"),
            view => Success(view)
                ? view.JsonBody() is not JsonObject body
                    ? [new(ResponseView.Body, $"{ResponseView.NotJson(view.Response!.Body, view.Response.MediaType)}; a token response is a JSON object")]
                    : AccessTokenProblems(body)
                : []),

        new(new("ASPSP-TOK-002", Severity.Error, "A token response says how long the access token lives (expires_in, in seconds)",
                "Read/Write Data API Profile v3.1.11 §Token Expiry Time (\"must indicate the lifetime in seconds of the access token in the expires_in field\"); RFC 6749 §5.1",
                "Send expires_in as a JSON number of seconds, e.g. \"expires_in\": 3600 (not a string)"),
            view => Success(view) && view.JsonBody() is JsonObject body
                ? JsonValues.Member(body, "expires_in") is not { } expiresIn
                    ? [new($"{ResponseView.Body}.expires_in", "there is no expires_in")]
                    : expiresIn.GetValueKind() != JsonValueKind.Number
                        ? [new($"{ResponseView.Body}.expires_in", $"expires_in is {Kind(expiresIn)}, not a number of seconds")]
                        : []
                : []),

        new(new("ASPSP-TOK-003", Severity.Error, "A token response is sent with Cache-Control: no-store",
                "RFC 6749 §5.1 (\"MUST include the HTTP Cache-Control response header field with a value of no-store\")",
                "Send 'Cache-Control: no-store' (and 'Pragma: no-cache' for old caches) with every response that carries tokens"),
            view => Success(view) && !(view.Response!.Header("Cache-Control") ?? "").Split(',').Any(d => d.Trim().Equals("no-store", StringComparison.OrdinalIgnoreCase))
                ? [new("$.response.headers.Cache-Control", view.Response.Header("Cache-Control") is { } value ? $"'{value}' does not say no-store" : "there is no Cache-Control header")]
                : []),

        new(new("ASPSP-TOK-004", Severity.Error, "A token error is JSON with an RFC 6749 error code",
                "RFC 6749 §5.2 (error REQUIRED: invalid_request, invalid_client, invalid_grant, unauthorized_client, unsupported_grant_type, invalid_scope)",
                "Answer a refused token request with JSON {\"error\": \"invalid_grant\", \"error_description\": \"…\"} using one of RFC 6749's codes"),
            view => Failure(view)
                ? view.JsonBody() is not JsonObject body
                    ? [new(ResponseView.Body, $"{ResponseView.NotJson(view.Response!.Body, view.Response.MediaType)}; a token error is a JSON object")]
                    : JsonValues.Text(JsonValues.Member(body, "error")) is not { } error
                        ? [new($"{ResponseView.Body}.error", "there is no error code")]
                        : !ErrorCodes.Contains(error)
                            ? [new($"{ResponseView.Body}.error", $"'{error}' is not one of {string.Join(", ", ErrorCodes)}")]
                            : []
                : []),

        new(new("ASPSP-TOK-005", Severity.Error, "A token error has status 400, or 401 for invalid_client",
                "RFC 6749 §5.2 (\"400 (Bad Request) unless specified otherwise\"; 401 for a failed client authentication)",
                "Answer token request errors with 400; use 401 only with invalid_client"),
            view => Failure(view) && (view.Response!.Status is not (400 or 401)
                || (view.Response.Status == 401 && JsonValues.Text(JsonValues.Member(view.JsonBody(), "error")) is { } error && error != "invalid_client"))
                ? [new("$.response.status", view.Response.Status is 400 or 401
                    ? $"401 goes with invalid_client, not '{JsonValues.Text(JsonValues.Member(view.JsonBody(), "error"))}'"
                    : $"a token error answered with {view.Response.Status}")]
                : []),
    ];

    private static bool Success(ExchangeView view) => view.Endpoint.Kind == EndpointKind.Token && view.Response is { Status: 200 };

    /// <summary>A token endpoint's refusal of the request: a 4xx other than 429 (a gateway's rate limit is not an OAuth error).</summary>
    private static bool Failure(ExchangeView view) => view.Endpoint.Kind == EndpointKind.Token && view.Response is { Status: >= 400 and < 500 and not 429 };

    private static IEnumerable<Finding> AccessTokenProblems(JsonObject body)
    {
        if (JsonValues.Text(JsonValues.Member(body, "access_token")) is not { Length: > 0 })
        {
            yield return new($"{ResponseView.Body}.access_token", "there is no access_token");
        }

        if (JsonValues.Text(JsonValues.Member(body, "token_type")) is not { } type)
        {
            yield return new($"{ResponseView.Body}.token_type", "there is no token_type");
        }
        else if (!type.Equals("Bearer", StringComparison.OrdinalIgnoreCase))
        {
            yield return new($"{ResponseView.Body}.token_type", $"token_type is '{type}', not Bearer");
        }
    }

    private static string Kind(JsonNode node) => node.GetValueKind() switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        _ => node.ToJsonString(),
    };
}
