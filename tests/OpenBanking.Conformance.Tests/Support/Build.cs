using System.Buffers.Text;
using System.Text;
using System.Text.Json.Nodes;
using OpenBanking.Conformance.Traffic;

namespace OpenBanking.Conformance.Tests.Support;

/// <summary>Recordings made in code: a well-formed exchange per endpoint, which a rule case then breaks in one place.</summary>
public static class Build
{
    public const string Issuer = "https://bank.example";
    public const string Aisp = "https://rs.bank.example/open-banking/v3.1/aisp";
    public const string InteractionId = "93bac548-d2de-4546-b106-880a5018460d";

    public static RecordedTraffic Recording(params Exchange[] exchanges) =>
        new("test", new Dictionary<string, string> { ["issuer"] = Issuer, ["recorded_at"] = "2026-11-23T12:00:00Z" },
            [.. exchanges.Select((e, i) => e with { Number = i + 1 })]);

    public static Exchange Exchange(RecordedRequest request, RecordedResponse? response = null) => new(1, request, response);

    public static KeyValuePair<string, string> H(string name, string value) => KeyValuePair.Create(name, value);

    /// <summary>The headers a careful TPP sends to a resource endpoint.</summary>
    public static List<KeyValuePair<string, string>> ResourceHeaders() =>
    [
        H("Authorization", "Bearer <access_token>"),
        H("Accept", "application/json"),
        H("x-fapi-interaction-id", InteractionId),
        H("x-fapi-auth-date", "Mon, 23 Nov 2026 11:58:00 GMT"),
        H("x-fapi-customer-ip-address", "198.51.100.7"),
    ];

    public static RecordedRequest Get(string url, IEnumerable<KeyValuePair<string, string>>? headers = null) =>
        new("GET", new Uri(url), [.. headers ?? ResourceHeaders()], RecordedBody.None);

    public static RecordedRequest PostJson(string url, JsonNode body, IEnumerable<KeyValuePair<string, string>>? headers = null) =>
        new("POST", new Uri(url), [.. headers ?? [.. ResourceHeaders(), H("Content-Type", "application/json")]], new RecordedBody.Json(body));

    public static RecordedResponse Json(int status, JsonNode body, params KeyValuePair<string, string>[] headers) =>
        new(status, [H("Content-Type", "application/json; charset=utf-8"), H("x-fapi-interaction-id", InteractionId), .. headers], new RecordedBody.Json(body));

    /// <summary>A response without a body, carrying the interaction id.</summary>
    public static RecordedResponse NoBody(int status, params KeyValuePair<string, string>[] headers) =>
        new(status, [H("x-fapi-interaction-id", InteractionId), .. headers], RecordedBody.None);

    /// <summary>A token request with the client authenticated by <c>private_key_jwt</c>.</summary>
    public static RecordedRequest TokenRequest(string grantType = "client_credentials") =>
        new("POST", new Uri($"{Issuer}/token"), [H("Accept", "application/json"), H("Content-Type", "application/x-www-form-urlencoded")],
            new RecordedBody.Form([H("grant_type", grantType), H("scope", "accounts"),
                H("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"), H("client_assertion", "eyJhbGciOiJQUzI1NiJ9.eyJpc3MiOiJ0cHAifQ.")]));

    /// <summary>Replaces (or with null removes) every header named <paramref name="name"/>, or adds it.</summary>
    public static RecordedRequest WithHeader(this RecordedRequest request, string name, string? value) =>
        request with { Headers = Replace(request.Headers, name, value) };

    /// <summary>Replaces (or with null removes) every response header named <paramref name="name"/>, or adds it.</summary>
    public static RecordedResponse WithHeader(this RecordedResponse response, string name, string? value) =>
        response with { Headers = Replace(response.Headers, name, value) };

    private static List<KeyValuePair<string, string>> Replace(IReadOnlyList<KeyValuePair<string, string>> headers, string name, string? value)
    {
        var kept = headers.Where(h => !string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase));
        return value is null ? [.. kept] : [.. kept, H(name, value)];
    }

    /// <summary>The recording's time, 2026-11-23T12:00:00Z, as a NumericDate.</summary>
    public const long Now = 1795435200;

    /// <summary>A JWT as a fixture keeps it: header and claims, signature stripped.</summary>
    public static string Jwt(JsonObject header, JsonObject claims) =>
        $"{Base64Url.EncodeToString(Encoding.UTF8.GetBytes(header.ToJsonString()))}.{Base64Url.EncodeToString(Encoding.UTF8.GetBytes(claims.ToJsonString()))}.";

    /// <summary>A copy of <paramref name="node"/> changed by <paramref name="change"/>.</summary>
    public static JsonObject With(this JsonObject node, Action<JsonObject> change)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(change);
        var copy = node.DeepClone().AsObject();
        change(copy);
        return copy;
    }

    /// <summary>A form request to the token endpoint.</summary>
    public static RecordedRequest TokenRequest(IEnumerable<KeyValuePair<string, string>> fields, IEnumerable<KeyValuePair<string, string>>? headers = null) =>
        new("POST", new Uri($"{Issuer}/token"), [.. headers ?? [H("Accept", "application/json"), H("Content-Type", "application/x-www-form-urlencoded")]],
            new RecordedBody.Form([.. fields]));
}
