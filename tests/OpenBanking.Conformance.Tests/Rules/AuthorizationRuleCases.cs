using System.Text.Json.Nodes;
using OpenBanking.Conformance.Tests.Support;
using OpenBanking.Conformance.Traffic;
using OpenBanking.Core.Http;
using static OpenBanking.Conformance.Tests.Support.Build;

namespace OpenBanking.Conformance.Tests.Rules;

/// <summary>Cases for the authorization request rules: a careful consent URL (as a browser's HAR shows it), broken one way at a time.</summary>
public static class AuthorizationRuleCases
{
    private const string ClientId = "tpp-client-1";
    private const string Redirect = "https://tpp.example/callback";
    private const string ConsentId = "aac-1";

    private static readonly JsonObject Header = new() { ["alg"] = "PS256", ["kid"] = "tpp-signing-1", ["typ"] = "JWT" };

    private static readonly JsonObject Claims = new()
    {
        ["iss"] = ClientId, ["aud"] = Issuer, ["response_type"] = "code id_token", ["client_id"] = ClientId, ["redirect_uri"] = Redirect,
        ["scope"] = "openid accounts", ["state"] = "state-1", ["nonce"] = "nonce-1", ["max_age"] = 86400,
        ["iat"] = Now, ["nbf"] = Now - 30, ["exp"] = Now + 600, ["jti"] = "jti-1",
        ["claims"] = new JsonObject
        {
            ["userinfo"] = new JsonObject { ["openbanking_intent_id"] = new JsonObject { ["value"] = ConsentId, ["essential"] = true } },
            ["id_token"] = new JsonObject
            {
                ["openbanking_intent_id"] = new JsonObject { ["value"] = ConsentId, ["essential"] = true },
                ["acr"] = new JsonObject { ["essential"] = true, ["values"] = new JsonArray("urn:openbanking:psd2:sca", "urn:openbanking:psd2:ca") },
            },
        },
    };

    private static List<KeyValuePair<string, string>> Query(string? request) =>
    [
        H("client_id", ClientId), H("response_type", "code id_token"), H("scope", "openid accounts"), H("redirect_uri", Redirect),
        H("state", "state-1"), H("nonce", "nonce-1"), .. request is null ? [] : new[] { H("request", request) },
    ];

    private static RecordedRequest Authorize(IEnumerable<KeyValuePair<string, string>> query) =>
        new("GET", new Uri($"{Issuer}/authorize?{FormUrlEncoding.Encode(query)}"), [H("Accept", "text/html")], RecordedBody.None);

    private static readonly RecordedRequest Good = Authorize(Query(Jwt(Header, Claims)));

    private static RecordedRequest WithClaims(Action<JsonObject> change) => Authorize(Query(Jwt(Header, Claims.With(change))));

    private static RuleCase Case(string id, string name, RecordedRequest bad, string path) => new(id, name, Recording(Exchange(Good)), Recording(Exchange(bad)), path);

    private const string Payload = "$.request.query.request.payload";

    /// <summary>A consent POST the bank answered with ConsentId aac-1, before the authorization request.</summary>
    private static Exchange ConsentCreated => Exchange(
        PostJson($"{Aisp}/account-access-consents", JsonNode.Parse("""{"Data": {"Permissions": ["ReadAccountsBasic"]}, "Risk": {}}""")!),
        Json(201, new JsonObject { ["Data"] = new JsonObject { ["ConsentId"] = ConsentId, ["Status"] = "AwaitingAuthorisation" } }));

    public static IEnumerable<RuleCase> Cases =>
    [
        Case("TPP-RO-001", "plain query parameters, no request object", Authorize(Query(null)), "$.request.query.request"),
        Case("TPP-RO-002", "request object signed with RS256", Authorize(Query(Jwt(Header.With(h => h["alg"] = "RS256"), Claims))), "$.request.query.request.header.alg"),
        Case("TPP-RO-003", "aud is the token endpoint", WithClaims(c => c["aud"] = $"{Issuer}/token"), $"{Payload}.aud"),
        Case("TPP-RO-004", "exp two hours after nbf", WithClaims(c => c["exp"] = Now + 7200), $"{Payload}.exp"),
        Case("TPP-RO-004", "no nbf", WithClaims(c => c.Remove("nbf")), $"{Payload}.nbf"),
        Case("TPP-RO-005", "no nonce", WithClaims(c => c.Remove("nonce")), $"{Payload}.nonce"),
        Case("TPP-RO-006", "a different redirect_uri in the query", Authorize(Query(Jwt(Header, Claims)).Select(p => p.Key == "redirect_uri" ? H(p.Key, "https://evil.example/cb") : p)), "$.request.query.redirect_uri"),
        Case("TPP-RO-006", "no redirect_uri in the request object", WithClaims(c => c.Remove("redirect_uri")), $"{Payload}.redirect_uri"),
        Case("TPP-RO-007", "response_type token", Authorize(Query(Jwt(Header, Claims.With(c => c["response_type"] = "token"))).Select(p => p.Key == "response_type" ? H(p.Key, "token") : p)), $"{Payload}.response_type"),
        Case("TPP-RO-008", "scope without openid", Authorize(Query(Jwt(Header, Claims.With(c => c["scope"] = "accounts"))).Select(p => p.Key == "scope" ? H(p.Key, "accounts") : p)), $"{Payload}.scope"),
        Case("TPP-RO-009", "openbanking_intent_id not essential", WithClaims(c => c["claims"]!["id_token"]!["openbanking_intent_id"]!["essential"] = false), $"{Payload}.claims.id_token.openbanking_intent_id.essential"),
        new("TPP-RO-009", "openbanking_intent_id names another consent than the one created",
            Recording(ConsentCreated, Exchange(Good)),
            Recording(ConsentCreated, Exchange(WithClaims(c => c["claims"]!["id_token"]!["openbanking_intent_id"]!["value"] = "aac-other"))),
            $"{Payload}.claims.id_token.openbanking_intent_id.value"),
        Case("TPP-RO-010", "acr not requested", WithClaims(c => c["claims"]!["id_token"]!.AsObject().Remove("acr")), $"{Payload}.claims.id_token.acr"),
        Case("TPP-RO-011", "iss is not the client", WithClaims(c => c["iss"] = "someone-else"), $"{Payload}.iss"),
        Case("TPP-RO-007", "response_type code without a JARM response_mode",
            Authorize(Query(Jwt(Header, Claims.With(c => c["response_type"] = "code"))).Select(p => p.Key == "response_type" ? H(p.Key, "code") : p)), $"{Payload}.response_type"),
        Case("TPP-RO-008", "a query scope without openid", Authorize(Query(Jwt(Header, Claims)).Select(p => p.Key == "scope" ? H(p.Key, "accounts") : p)), "$.request.query.scope"),
        Case("TPP-RO-012", "made two hours before it was sent", WithClaims(c => { c["nbf"] = Now - 7200; c["iat"] = Now - 7200; c["exp"] = Now - 6600; }), $"{Payload}.nbf"),
        Case("TPP-RO-012", "expired when sent", WithClaims(c => { c["nbf"] = Now - 1200; c["exp"] = Now - 600; }), $"{Payload}.exp"),
    ];
}
