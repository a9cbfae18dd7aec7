using System.Text.Json.Nodes;
using NUnit.Framework;
using OpenBanking.Conformance.Rules;
using OpenBanking.Conformance.Traffic;
using static OpenBanking.Conformance.Tests.Support.Build;

namespace OpenBanking.Conformance.Tests.Rules;

/// <summary>
/// Traffic the specs allow that a careless rule would call wrong: each recording must not fail the rules named.
/// (Found in review: every case here once failed.)
/// </summary>
public class AllowedVariantsTests
{
    private const string ClientId = "tpp-client-1";

    private static RecordedRequest Authorize(JsonObject claims, params (string Key, string Value)[] query) =>
        new("GET", new Uri($"{Issuer}/authorize?{OpenBanking.Core.Http.FormUrlEncoding.Encode(query.Select(q => H(q.Key, q.Value)).Append(H("request", Jwt(new JsonObject { ["alg"] = "PS256", ["kid"] = "k" }, claims))))}"),
            [], RecordedBody.None);

    private static JsonObject RequestObject(string responseType, string scope) => new()
    {
        ["iss"] = ClientId, ["client_id"] = ClientId, ["aud"] = Issuer, ["response_type"] = responseType, ["scope"] = scope,
        ["redirect_uri"] = "https://tpp.example/cb", ["nonce"] = "n-1", ["nbf"] = Now - 10, ["exp"] = Now + 600,
    };

    private static IEnumerable<TestCaseData> Variants()
    {
        yield return Variant("x-fapi-auth-date ending in UTC, as the spec's own example does",
            Recording(Exchange(Get($"{Aisp}/accounts").WithHeader("x-fapi-auth-date", "Sun, 10 Sep 2017 19:43:31 UTC"))), "TPP-HDR-004");
        yield return Variant("response_type words in another order",
            Recording(Exchange(Authorize(RequestObject("id_token code", "openid accounts"), ("client_id", ClientId), ("response_type", "code id_token"), ("scope", "openid")))),
            "TPP-RO-007", "TPP-RO-008");
        yield return Variant("response_type code with response_mode jwt (JARM)",
            Recording(Exchange(Authorize(RequestObject("code", "openid accounts").With(c => c["response_mode"] = "jwt"), ("client_id", ClientId), ("response_type", "code"), ("scope", "openid accounts")))),
            "TPP-RO-007");
        yield return Variant("an encrypted consent request (application/jose+jwe)",
            Recording(Exchange(new RecordedRequest("POST", new Uri($"{Aisp}/account-access-consents"), [.. ResourceHeaders(), H("Content-Type", "application/jose+jwe")],
                new RecordedBody.Text("eyJhbGciOiJSU0EtT0FFUC0yNTYiLCJlbmMiOiJBMjU2R0NNIn0.a.b.c.d")))),
            "TPP-HDR-006", "TPP-CON-001", "TPP-CON-002", "TPP-CON-003", "TPP-CON-006");
        yield return Variant("a client assertion whose aud is the issuer with a trailing slash",
            Recording(Exchange(TokenRequest(
                [H("grant_type", "client_credentials"), H("scope", "accounts"), H("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"),
                 H("client_assertion", Jwt(new JsonObject { ["alg"] = "PS256", ["kid"] = "k" }, new JsonObject { ["iss"] = ClientId, ["sub"] = ClientId, ["aud"] = $"{Issuer}/", ["jti"] = "j-1", ["iat"] = Now, ["exp"] = Now + 300 }))]))),
            "TPP-CA-003");
        yield return Variant("an assertion made an hour after the recording began, judged at its own exchange's start",
            Recording(Exchange(TokenRequest(
                [H("grant_type", "client_credentials"), H("scope", "accounts"), H("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"),
                 H("client_assertion", Jwt(new JsonObject { ["alg"] = "PS256", ["kid"] = "k" }, new JsonObject { ["iss"] = ClientId, ["sub"] = ClientId, ["aud"] = $"{Issuer}/token", ["jti"] = "j-2", ["iat"] = Now + 3600, ["exp"] = Now + 3900 }))]))
                with { StartedAt = DateTimeOffset.FromUnixTimeSeconds(Now + 3600) }),
            "TPP-CA-005");
        yield return Variant("a gateway's 429 at the token endpoint",
            Recording(Exchange(TokenRequest([H("grant_type", "client_credentials"), H("scope", "accounts"), H("client_id", ClientId)]),
                new RecordedResponse(429, [H("Retry-After", "30"), H("Content-Type", "application/json")], new RecordedBody.Json(JsonNode.Parse("""{"message": "slow down"}"""))))),
            "ASPSP-TOK-004", "ASPSP-TOK-005");
        yield return Variant("a 401 refusing a token with an RFC 6750 JSON body",
            Recording(Exchange(Get($"{Aisp}/accounts"), Json(401, JsonNode.Parse("""{"error": "invalid_token"}""")!))),
            "ASPSP-ERR-001");
        yield return Variant("a v4.0 path, which these v3.1.11 rules do not judge",
            Recording(Exchange(Get("https://rs.bank.example/open-banking/v4.0/aisp/accounts").WithHeader("x-fapi-financial-id", "0015800001041RHAAY"),
                Json(400, JsonNode.Parse("""{"Code": "400", "Message": "bad", "Errors": [{"ErrorCode": "U004", "Message": "bad"}]}""")!))),
            "TPP-HDR-010", "ASPSP-ERR-001");
    }

    private static TestCaseData Variant(string name, RecordedTraffic traffic, params string[] rules) => new TestCaseData(traffic, rules).SetName(name);

    [TestCaseSource(nameof(Variants))]
    public void An_allowed_variant_fails_none_of_the_rules_that_once_misjudged_it(RecordedTraffic traffic, string[] rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var report = Checker.Check(traffic, [.. rules.Select(id => RuleCatalogue.Find(id) ?? throw new AssertionException($"no rule {id}"))]);

        Assert.That(report.Violations.Select(v => $"{v.Rule.Id} {v.Path}: {v.Detail}"), Is.Empty);
    }
}
