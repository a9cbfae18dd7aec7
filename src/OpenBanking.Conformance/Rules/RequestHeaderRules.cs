using System.Globalization;
using System.Net;
using OpenBanking.Conformance.Endpoints;

namespace OpenBanking.Conformance.Rules;

/// <summary>The headers a TPP sends to the Read/Write API (v3.1.11 Read/Write Data API Specification, "Request Headers"; FAPI 1.0 Baseline §6.2.2).</summary>
public static class RequestHeaderRules
{
    private const string Headers = "Read/Write Data API Specification v3.1.11 §Request Headers";

    /// <summary>The rules.</summary>
    public static IReadOnlyList<Rule> All { get; } =
    [
        new(new("TPP-HDR-001", Severity.Error, "Every Read/Write API request carries Authorization: Bearer <access token>",
                $"{Headers}; OpenAPI files: Authorization is required on every operation",
                "Send the access token from the client credentials grant (consents) or the authorization code grant (resources) as 'Authorization: Bearer <token>'"),
            view => !Api(view) ? []
                : view.Request.Header("Authorization") is not { } authorization ? [new("$.request.headers.Authorization", "there is no Authorization header")]
                : authorization == Fixtures.Secrets.Credentials
                    ? [new("$.request.headers.Authorization", "the Authorization header has no scheme (it should be 'Bearer <token>')")]
                : !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || authorization.Length <= "Bearer ".Length
                    ? [new("$.request.headers.Authorization", authorization.Trim().Equals("Bearer", StringComparison.OrdinalIgnoreCase)
                        ? "the Authorization header is 'Bearer' without a token"
                        : $"the Authorization header uses the '{authorization.Split(' ', 2)[0]}' scheme, not Bearer")]
                    : []),

        new(new("TPP-HDR-002", Severity.Error, "x-fapi-interaction-id, when sent, is a UUID",
                $"{Headers}; FAPI 1.0 Baseline §6.2.2 (RFC 4122 UUID)",
                "Send a fresh RFC 4122 UUID (e.g. Guid.NewGuid().ToString()) per request"),
            view => Api(view) && view.Request.Header("x-fapi-interaction-id") is { } id && !WireFormats.IsUuid(id)
                ? [new("$.request.headers.x-fapi-interaction-id", $"'{id}' is not a UUID")]
                : []),

        new(new("TPP-HDR-003", Severity.Warning, "Read/Write API requests send an x-fapi-interaction-id",
                $"{Headers}; FAPI 1.0 Baseline §6.2.2",
                "Send an x-fapi-interaction-id (a UUID) so the bank's logs and yours can be matched when something goes wrong"),
            view => Api(view) && view.Request.Header("x-fapi-interaction-id") is null
                ? [new("$.request.headers.x-fapi-interaction-id", "there is no x-fapi-interaction-id header")]
                : []),

        new(new("TPP-HDR-004", Severity.Error, "x-fapi-auth-date, when sent, is an RFC 7231 HTTP-date",
                $"{Headers} (x-fapi-auth-date: the time the PSU last logged in with the TPP, as an HTTP-date)",
                "Send the PSU's last login time in IMF-fixdate form, e.g. 'Sun, 10 Sep 2017 19:43:31 GMT' (DateTimeOffset.ToString(\"R\"))"),
            view => Api(view) && view.Request.Header("x-fapi-auth-date") is { } date && WireFormats.HttpDate(date) is null
                ? [new("$.request.headers.x-fapi-auth-date", $"'{date}' is not an RFC 7231 HTTP-date")]
                : []),

        new(new("TPP-HDR-005", Severity.Error, "x-fapi-customer-ip-address, when sent, is an IP address",
                Headers,
                "Send the PSU's IP address (IPv4 or IPv6), only when the PSU is present"),
            view => Api(view) && view.Request.Header("x-fapi-customer-ip-address") is { } ip && !IPAddress.TryParse(ip, out _)
                ? [new("$.request.headers.x-fapi-customer-ip-address", $"'{ip}' is not an IP address")]
                : []),

        new(new("TPP-HDR-006", Severity.Error, "A Read/Write API request with a body sends it as application/json (or encrypted, application/jose+jwe)",
                $"{Headers}; OpenAPI request bodies: application/json, application/json; charset=utf-8, application/jose+jwe (415 otherwise)",
                "Send 'Content-Type: application/json' (a charset parameter is allowed) with the JSON body"),
            view => Api(view) && view.Request.Body is not Traffic.RecordedBody.Empty && view.Request.MediaType is not ("application/json" or "application/jose+jwe")
                ? [new("$.request.headers.Content-Type", view.Request.MediaType is { } type ? $"the body is sent as {type}" : "the body is sent without a Content-Type")]
                : []),

        new(new("TPP-HDR-007", Severity.Error, "Accept, when sent, allows application/json",
                $"{Headers} (Accept: application/json; 406 otherwise)",
                "Send 'Accept: application/json' or leave Accept out"),
            view => Api(view) && !view.Endpoint.Operation!.Template.EndsWith("/file", StringComparison.Ordinal)
                && view.Request.Header("Accept") is { } accept && !AcceptsJson(accept)
                ? [new("$.request.headers.Accept", $"'{accept}' does not accept application/json")]
                : []),

        new(new("TPP-HDR-008", Severity.Error, "Payment and VRP requests that create a resource send an x-idempotency-key of at most 40 characters",
                "Payment Initiation API v3.1.11 and VRP API v3.1.11 OpenAPI files: x-idempotency-key (required, maxLength 40, no leading or trailing space)",
                "Send an x-idempotency-key (a UUID fits) and send the same key when you retry the same request"),
            view => !Required(view, "x-idempotency-key") ? []
                : view.Request.Header("x-idempotency-key") is not { } key ? [new("$.request.headers.x-idempotency-key", $"{view.Endpoint.Operation} requires x-idempotency-key and it is missing")]
                : key.Length is 0 or > 40 || key.Trim() != key
                    ? [new("$.request.headers.x-idempotency-key", $"'{key}' is empty, longer than 40 characters or starts or ends with a space")]
                    : []),

        new(new("TPP-HDR-009", Severity.Error, "Payment and VRP requests that the spec signs send x-jws-signature as a detached JWS",
                "Payment Initiation API v3.1.11 and VRP API v3.1.11 OpenAPI files: x-jws-signature (required); Read/Write Data API Specification §Message Signing",
                "Sign the request body as a JWS with your signing key (PS256, with the OB claims in its header) and send it detached: 'header..signature'"),
            view => !Required(view, "x-jws-signature") ? []
                : view.Request.Header("x-jws-signature") is not { } signature ? [new("$.request.headers.x-jws-signature", $"{view.Endpoint.Operation} requires x-jws-signature and it is missing")]
                : !IsDetachedJws(signature) ? [new("$.request.headers.x-jws-signature", "the value is not a detached JWS (header..signature)")]
                : []),

        new(new("TPP-HDR-010", Severity.Warning, "x-fapi-financial-id is not sent",
                "Read/Write Data API Specification v3.1 change log: x-fapi-financial-id removed",
                "Remove x-fapi-financial-id: since v3.1 the bank is identified by its endpoints, and some banks refuse unknown FAPI headers"),
            view => Api(view) && view.Request.Header("x-fapi-financial-id") is not null
                ? [new("$.request.headers.x-fapi-financial-id", "x-fapi-financial-id is sent")]
                : []),
    ];

    private static bool Api(ExchangeView view) => view.Endpoint.Kind == EndpointKind.Api;

    /// <summary>True for a Read/Write API request whose operation requires <paramref name="header"/> (its OpenAPI document says so).</summary>
    internal static bool Required(ExchangeView view, string header) => Api(view) && view.Endpoint.Operation!.RequiredHeaders.Contains(header);

    private static bool AcceptsJson(string accept) =>
        accept.Split(',').Select(a => a.Split(';', 2)[0].Trim().ToLowerInvariant())
            .Any(type => type is "application/json" or "application/*" or "*/*" || type.EndsWith("+json", StringComparison.Ordinal));

    /// <summary>True for a detached compact JWS: <c>header..signature</c>.</summary>
    internal static bool IsDetachedJws(string value)
    {
        var parts = value.Split('.');
        return parts.Length == 3 && parts[0].Length > 0 && parts[1].Length == 0 && parts[2].Length > 0;
    }
}
