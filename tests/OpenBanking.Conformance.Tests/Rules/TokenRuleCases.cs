using System.Text.Json.Nodes;
using OpenBanking.Conformance.Tests.Support;
using OpenBanking.Conformance.Traffic;
using static OpenBanking.Conformance.Tests.Support.Build;

namespace OpenBanking.Conformance.Tests.Rules;

/// <summary>Cases for the token request and client assertion rules: a careful private_key_jwt client, broken one way at a time.</summary>
public static class TokenRuleCases
{
    private const string ClientId = "tpp-client-1";
    private const string AssertionType = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    private static readonly JsonObject Header = new() { ["alg"] = "PS256", ["kid"] = "tpp-signing-1", ["typ"] = "JWT" };

    private static readonly JsonObject Claims = new()
    {
        ["iss"] = ClientId, ["sub"] = ClientId, ["aud"] = $"{Issuer}/token", ["jti"] = "5b0b54a5-8a7f-4c9a-9d0e-1f1c8f1b2d01",
        ["iat"] = Now, ["exp"] = Now + 300,
    };

    private static List<KeyValuePair<string, string>> Fields(string assertion, string grant = "client_credentials") =>
        grant == "client_credentials"
            ? [H("grant_type", grant), H("scope", "accounts"), H("client_assertion_type", AssertionType), H("client_assertion", assertion)]
            : [H("grant_type", grant), H("code", "<code>"), H("redirect_uri", "https://tpp.example/callback"), H("client_assertion_type", AssertionType), H("client_assertion", assertion)];

    private static readonly RecordedRequest Good = TokenRequest(Fields(Jwt(Header, Claims)));

    private static RecordedRequest WithFields(Func<List<KeyValuePair<string, string>>, IEnumerable<KeyValuePair<string, string>>> change) =>
        Good with { Body = new RecordedBody.Form([.. change([.. ((RecordedBody.Form)Good.Body).Fields])]) };

    private static RecordedRequest WithClaims(Action<JsonObject> change) => TokenRequest(Fields(Jwt(Header, Claims.With(change))));

    private static RecordedRequest WithHeader(Action<JsonObject> change) => TokenRequest(Fields(Jwt(Header.With(change), Claims)));

    private static RuleCase Case(string id, string name, RecordedRequest bad, string path) => new(id, name, Recording(Exchange(Good)), Recording(Exchange(bad)), path);

    private const string Assertion = "$.request.body.client_assertion";

    public static IEnumerable<RuleCase> Cases =>
    [
        Case("TPP-TOK-001", "parameters sent as JSON", Good with { Body = new RecordedBody.Json(JsonNode.Parse("""{"grant_type": "client_credentials"}""")), Headers = [H("Content-Type", "application/json")] }, "$.request.body"),
        Case("TPP-TOK-002", "no grant_type at the token endpoint", WithFields(f => f.Where(p => p.Key != "grant_type")), "$.request.body.grant_type"),
        Case("TPP-TOK-002", "the password grant", WithFields(f => f.Select(p => p.Key == "grant_type" ? H("grant_type", "password") : p)), "$.request.body.grant_type"),
        Case("TPP-TOK-003", "client credentials without scope", WithFields(f => f.Where(p => p.Key != "scope")), "$.request.body.scope"),
        new("TPP-TOK-003", "authorization code without redirect_uri",
            Recording(Exchange(TokenRequest(Fields(Jwt(Header, Claims), "authorization_code")))),
            Recording(Exchange(TokenRequest(Fields(Jwt(Header, Claims), "authorization_code").Where(p => p.Key != "redirect_uri")))),
            "$.request.body.redirect_uri"),
        Case("TPP-TOK-004", "a client secret as well as an assertion", WithFields(f => [.. f, H("client_secret", "<client_secret>")]), "$.request.body"),
        Case("TPP-TOK-004", "no client authentication at all", WithFields(f => f.Where(p => !p.Key.StartsWith("client_assertion", StringComparison.Ordinal))), "$.request.body.client_id"),
        Case("TPP-TOK-005", "the wrong client_assertion_type", WithFields(f => f.Select(p => p.Key == "client_assertion_type" ? H(p.Key, "jwt") : p)), "$.request.body.client_assertion_type"),
        Case("TPP-TOK-006", "scope sent twice", WithFields(f => [.. f, H("scope", "payments")]), "$.request.body.scope"),

        Case("TPP-CA-001", "signed with alg none", WithHeader(h => h["alg"] = "none"), $"{Assertion}.header.alg"),
        Case("TPP-CA-001", "signed with HS256", WithHeader(h => h["alg"] = "HS256"), $"{Assertion}.header.alg"),
        Case("TPP-CA-001", "not a JWT", WithFields(f => f.Select(p => p.Key == "client_assertion" ? H(p.Key, "not-a-jwt") : p)), Assertion),
        Case("TPP-CA-002", "sub is not iss", WithClaims(c => c["sub"] = "someone-else"), $"{Assertion}.payload.sub"),
        Case("TPP-CA-002", "iss is not the form's client_id", WithFields(f => [.. f, H("client_id", "another-client")]), $"{Assertion}.payload.iss"),
        Case("TPP-CA-003", "aud is the resource server", WithClaims(c => c["aud"] = "https://rs.bank.example"), $"{Assertion}.payload.aud"),
        Case("TPP-CA-003", "no aud", WithClaims(c => c.Remove("aud")), $"{Assertion}.payload.aud"),
        Case("TPP-CA-004", "no exp", WithClaims(c => c.Remove("exp")), $"{Assertion}.payload.exp"),
        Case("TPP-CA-004", "exp a day after iat", WithClaims(c => c["exp"] = Now + 86400), $"{Assertion}.payload.exp"),
        Case("TPP-CA-004", "exp in milliseconds", WithClaims(c => c["exp"] = (Now + 300) * 1000), $"{Assertion}.payload.exp"),
        Case("TPP-CA-005", "expired an hour before it was sent", WithClaims(c => { c["iat"] = Now - 3900; c["exp"] = Now - 3600; }), $"{Assertion}.payload.exp"),
        Case("TPP-CA-005", "issued ten minutes in the future", WithClaims(c => { c["iat"] = Now + 600; c["exp"] = Now + 900; }), $"{Assertion}.payload.iat"),
        Case("TPP-CA-006", "no jti", WithClaims(c => c.Remove("jti")), $"{Assertion}.payload.jti"),
        new("TPP-CA-007", "the same assertion sent twice",
            Recording(Exchange(Good), Exchange(WithClaims(c => c["jti"] = "0e9f7c1a-2b3c-4d5e-8f90-a1b2c3d4e5f6"))),
            Recording(Exchange(Good), Exchange(Good)),
            $"{Assertion}.payload.jti"),
        Case("TPP-CA-008", "no kid", WithHeader(h => h.Remove("kid")), $"{Assertion}.header.kid"),
    ];
}
