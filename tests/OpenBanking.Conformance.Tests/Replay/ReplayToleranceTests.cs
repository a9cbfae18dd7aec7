using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using MockAspsp.TestSupport;
using NUnit.Framework;
using OpenBanking.Conformance.Replay;
using OpenBanking.Conformance.Tests.Support;
using OpenBanking.Conformance.Traffic;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;
using OpenBanking.TestSupport;

namespace OpenBanking.Conformance.Tests.Replay;

/// <summary>Each declared tolerance excuses what it says, where it says, when the value sent has the shape it says — and nothing more.</summary>
public class ReplayToleranceTests
{
    private const string Uuid = "93bac548-d2de-4546-b106-880a5018460d";
    private const string OtherUuid = "f47ac10b-58cc-4372-a567-0e02b2c3d479";

    private static IEnumerable<string> AuthMethods => RecordedFlows.AuthMethods;

    [TestCaseSource(nameof(AuthMethods))]
    public async Task Fresh_ids_and_another_clock_pass_every_request_and_the_library_itself_then_refuses_the_recorded_state(string authMethod)
    {
        // Random jti, interaction ids, state and nonce, and a clock an hour on (iat, nbf, exp): every request of the
        // first half of the flow still matches. The recorded redirect then carries the recorded state, which the
        // library refuses: tolerances excuse requests, they never rewrite answers.
        var traffic = RecordedFixtures.Read(authMethod);
        var later = new FakeTimeProvider(ReplaySetup.Clock(traffic).GetUtcNow().AddHours(1));
        var replaying = new Replaying(traffic, ids: IdSource.Random, time: later);

        var (pending, redirect) = await replaying.Approved().Right();
        var error = await FlowScript.BareCode(replaying.Client, pending, redirect).Left();

        Assert.Multiple(() =>
        {
            Assert.That(replaying.Replay.Mismatches, Is.Empty);
            Assert.That(replaying.Replay.Used, Is.EqualTo(3), "token, consent and approval");
            Assert.That(pending.ConsentUrl.State, Is.Not.EqualTo("00000000-0000-4000-8000-000000000003"), "the state was fresh");
            Assert.That(error, Is.TypeOf<ValidationError>().With.Property(nameof(ValidationError.Check)).EqualTo("state"));
        });
    }

    [TestCase("x-fapi-interaction-id", Uuid, OtherUuid, true)]
    [TestCase("x-fapi-interaction-id", Uuid, "not-a-uuid", false)]
    [TestCase("x-fapi-interaction-id", Uuid, "{" + OtherUuid + "}", false)]
    [TestCase("x-fapi-auth-date", "Mon, 23 Nov 2026 11:58:00 GMT", "Tue, 24 Nov 2026 09:00:00 GMT", true)]
    [TestCase("x-fapi-auth-date", "Mon, 23 Nov 2026 11:58:00 GMT", "Tue, 24 Nov 2026 09:00:00 UTC", true)]
    [TestCase("x-fapi-auth-date", "Mon, 23 Nov 2026 11:58:00 GMT", "2026-11-24T09:00:00Z", false)]
    [TestCase("x-idempotency-key", "key-0001", OtherUuid, true)]
    [TestCase("x-idempotency-key", "key-0001", "12345678901234567890123456789012345678901", false)]
    [TestCase("x-idempotency-key", "key-0001", " key-0002", false)]
    [TestCase("X-Fapi-Interaction-Id", Uuid, OtherUuid, true)]
    [TestCase("x-fapi-customer-ip-address", "198.51.100.7", "198.51.100.8", false)]
    [TestCase("Accept", "application/json", "*/*", false)]
    [TestCase("x-jws-signature", "a..b", "a..c", false)]
    public void A_header_value_may_differ_only_where_and_as_a_tolerance_says(string header, string recorded, string sent, bool tolerated)
    {
        var differences = Compare(Get(header, recorded), Get(header, sent));

        AssertTolerated(differences, tolerated, $"$.request.headers.{header.ToLowerInvariant()}", ReplayComparison.Show(JsonValue.Create(sent)));
    }

    [Test]
    public void A_tolerated_header_must_still_be_sent()
    {
        var differences = Compare(Get("x-fapi-interaction-id", Uuid), Get("x-other", "1"));

        Assert.That(differences.Select(d => d.ToString()), Is.EqualTo(new[]
        {
            $"$.request.headers.x-fapi-interaction-id: expected \"{Uuid}\", actual (absent)",
            "$.request.headers.x-other: expected (absent), actual \"1\"",
        }));
    }

    [TestCase("jti", "\"00000000-0000-4000-8000-000000000001\"", "\"0b7e1f6e-4c1e-4a51-9d0b-5a9ff0b1c0de\"", true)]
    [TestCase("jti", "\"00000000-0000-4000-8000-000000000001\"", "\"\"", false)]
    [TestCase("iat", "1795435200", "1795438800", false)]
    [TestCase("iat", "1795435200", "\"1795438800\"", false)]
    [TestCase("exp", "1795435500", "1795439100", false)]
    [TestCase("nbf", "1795435170", "1795438770", false)]
    [TestCase("state", "\"s-1\"", "\"s-2\"", true)]
    [TestCase("nonce", "\"n-1\"", "\"n-2\"", true)]
    [TestCase("nonce", "\"n-1\"", "\"\"", false)]
    [TestCase("iss", "\"obfx-demo-private-key-jwt\"", "\"someone-else\"", false)]
    [TestCase("sub", "\"obfx-demo-private-key-jwt\"", "\"someone-else\"", false)]
    [TestCase("aud", "\"https://mock-aspsp.test/token\"", "\"https://mock-aspsp.test\"", false)]
    [TestCase("max_age", "86400", "3600", false)]
    public void A_jwt_claim_may_differ_only_where_and_as_a_tolerance_says(string claim, string recorded, string sent, bool tolerated)
    {
        var differences = Compare(Assertion(Claims(claim, recorded), ""), Assertion(Claims(claim, sent), ""));

        AssertTolerated(differences, tolerated, $"$.request.body.client_assertion.payload.{claim}", ReplayComparison.Show(JsonNode.Parse(sent)));
    }

    [TestCase(3600, 3600, 3600, true, TestName = "iat, nbf and exp an hour on: the same token made later")]
    [TestCase(0, 0, 3600, false, TestName = "exp an hour on: the token lives an hour longer")]
    [TestCase(-60, -60, 0, false, TestName = "iat and nbf a minute back: the token lives a minute longer")]
    [TestCase(3600, 0, 3600, false, TestName = "nbf kept while iat and exp move: exp - nbf changes")]
    public void Jwt_times_may_follow_the_clock_but_the_tokens_lifetimes_must_stay_the_recordings(int iatShift, int nbfShift, int expShift, bool tolerated)
    {
        static string Times(int iat, int nbf, int exp) =>
            $$"""{"iss":"tpp","aud":"https://mock-aspsp.test/token","jti":"j-1","iat":{{iat}},"nbf":{{nbf}},"exp":{{exp}}}""";
        var recorded = Assertion(Times(1795435200, 1795435170, 1795435500), "");

        var differences = Compare(recorded, Assertion(Times(1795435200 + iatShift, 1795435170 + nbfShift, 1795435500 + expShift), ""));

        Assert.That(differences.Count == 0, Is.EqualTo(tolerated), string.Join("; ", differences));
        if (!tolerated)
        {
            Assert.That(differences.Select(d => d.Expected), Is.All.Contains("keeping the recorded lifetimes"));
        }
    }

    [Test]
    public void A_jwt_iat_must_stay_a_whole_numeric_date_even_when_the_lifetime_is_kept()
    {
        var recorded = Assertion("""{"iss":"tpp","iat":1795435200,"exp":1795435500}""", "");

        var differences = Compare(recorded, Assertion("""{"iss":"tpp","iat":1795438800.5,"exp":1795439100.5}""", ""));

        Assert.That(differences.Select(d => d.Path.ToString()), Is.EqualTo(new[] { "$.request.body.client_assertion.payload.iat", "$.request.body.client_assertion.payload.exp" }));
    }

    [Test]
    public void A_json_member_named_like_a_jwts_part_is_not_a_jwts_part()
    {
        // Plain JSON members called signature, jti, iat, state: the JWT tolerances do not excuse them — not even in an
        // object shaped like a decoded JWT, since only what the comparison decoded is a JWT.
        static RecordedRequest Body(string signature, string jti, int iat, string state) => new("POST", new Uri("https://rs.bank.example/x"),
            [Build.H("Content-Type", "application/json")], new RecordedBody.Json(JsonNode.Parse($$$"""
                {"signature": "{{{signature}}}", "Data": {"payload": {"jti": "{{{jti}}}", "state": "{{{state}}}"}},
                 "lookalike": {"header": {"alg": "PS256"}, "payload": {"jti": "{{{jti}}}", "iat": {{{iat}}}, "exp": {{{iat + 300}}}}, "signature": "{{{signature}}}"}}
                """)));

        var differences = Compare(Body("s1", "j-1", 1795435200, "st-1"), Body("s2", "j-2", 1795438800, "st-2"));

        Assert.That(differences.Select(d => d.ToString()), Is.EqualTo(new[]
        {
            "$.request.body.signature: expected \"s1\", actual \"s2\"",
            "$.request.body.Data.payload.jti: expected \"j-1\", actual \"j-2\"",
            "$.request.body.Data.payload.state: expected \"st-1\", actual \"st-2\"",
            "$.request.body.lookalike.payload.jti: expected \"j-1\", actual \"j-2\"",
            "$.request.body.lookalike.payload.iat: expected 1795435200, actual 1795438800",
            "$.request.body.lookalike.payload.exp: expected 1795435500, actual 1795439100",
            "$.request.body.lookalike.signature: expected \"s1\", actual \"s2\"",
        }));
    }

    [Test]
    public void A_jwt_signature_may_differ_but_not_its_header_or_payload()
    {
        var recorded = Assertion(Claims("iss", "\"a\""), "");

        var signed = Compare(recorded, Assertion(Claims("iss", "\"a\""), "c2lnbmVk"));
        var otherKid = Compare(recorded, Assertion(Claims("iss", "\"a\""), "c2lnbmVk", kid: "another-key"));
        var notJwt = Compare(recorded, new RecordedRequest("POST", new Uri("https://mock-aspsp.test/token"), [Build.H("Content-Type", "application/x-www-form-urlencoded")], new RecordedBody.Form([Build.H("grant_type", "client_credentials"), Build.H("client_assertion", "not.a.jwt")])));

        Assert.Multiple(() =>
        {
            Assert.That(signed, Is.Empty);
            Assert.That(otherKid.Select(d => d.ToString()), Is.EqualTo(new[] { "$.request.body.client_assertion.header.kid: expected \"obfx-demo-signing\", actual \"another-key\"" }));
            Assert.That(notJwt.Single().Path.ToString(), Is.EqualTo("$.request.body.client_assertion"), "a JWT replaced by something else is one difference where it was");
        });
    }

    [TestCase("state", "s-2", true)]
    [TestCase("nonce", "n-2", true)]
    [TestCase("client_id", "another-client", false)]
    [TestCase("redirect_uri", "https://attacker.example/cb", false)]
    [TestCase("response_type", "code", false)]
    public void A_query_parameter_of_a_url_in_the_body_may_differ_only_as_a_tolerance_says(string parameter, string sent, bool tolerated)
    {
        var query = new Dictionary<string, string> { ["client_id"] = "c", ["response_type"] = "code id_token", ["redirect_uri"] = "https://tpp.example.com/cb", ["state"] = "s-1", ["nonce"] = "n-1" };
        var recorded = Approval(query);
        query[parameter] = sent;

        var differences = Compare(recorded, Approval(query));

        AssertTolerated(differences, tolerated, $"$.request.body.consent_url.query.{parameter}", ReplayComparison.Show(JsonValue.Create(sent)));
    }

    [Test]
    public void Your_own_tolerance_extends_the_defaults_and_no_tolerance_excuses_nothing()
    {
        var requestId = new ReplayTolerance("x-request-id", "any value", _ => true, "$.request.headers.x-request-id");
        var recorded = Get("x-request-id", "r-1").WithHeader("x-fapi-interaction-id", Uuid);
        var sent = Get("x-request-id", "r-2").WithHeader("x-fapi-interaction-id", OtherUuid);

        Assert.Multiple(() =>
        {
            Assert.That(ReplayComparison.Compare(recorded, sent, [.. ReplayTolerance.Defaults, requestId]), Is.Empty);
            Assert.That(ReplayComparison.Compare(recorded, sent, ReplayTolerance.Defaults).Select(d => d.Path.ToString()), Is.EqualTo(new[] { "$.request.headers.x-request-id" }));
            Assert.That(ReplayComparison.Compare(recorded, sent, []).Select(d => d.Path.ToString()),
                Is.EqualTo(new[] { "$.request.headers.x-request-id", "$.request.headers.x-fapi-interaction-id" }));
        });
    }

    [Test]
    public void A_looser_tolerance_of_your_own_for_the_same_place_is_asked_too()
    {
        var anyId = new ReplayTolerance("any-interaction-id", "any non-empty value", v => v.ToString().Length > 0, "$.request.headers.x-fapi-interaction-id");
        var recorded = Get("x-fapi-interaction-id", Uuid);
        var sent = Get("x-fapi-interaction-id", "legacy-id-42");

        Assert.Multiple(() =>
        {
            Assert.That(ReplayComparison.Compare(recorded, sent, [.. ReplayTolerance.Defaults, anyId]), Is.Empty);
            Assert.That(ReplayComparison.Compare(recorded, Get("x-fapi-interaction-id", ""), [.. ReplayTolerance.Defaults, anyId]).Single().Expected,
                Is.EqualTo("a UUID (tolerance x-fapi-interaction-id) or any non-empty value (tolerance any-interaction-id)"));
        });
    }

    [Test]
    public void Every_default_tolerance_says_where_it_applies_and_what_it_allows()
    {
        Assert.That(ReplayTolerance.Defaults.Select(t => t.ToString()), Is.EqualTo(new[]
        {
            "x-fapi-interaction-id: $.request.headers.x-fapi-interaction-id may differ when the value sent is a UUID",
            "x-fapi-auth-date: $.request.headers.x-fapi-auth-date may differ when the value sent is an RFC 7231 HTTP-date",
            "x-idempotency-key: $.request.headers.x-idempotency-key may differ when the value sent is a key of 1 to 40 characters without surrounding spaces",
            "jwt-jti: $.request.**.payload.jti may differ when the value sent is a non-empty string",
            "jwt-times: $.request.**.payload.iat, $.request.**.payload.nbf, $.request.**.payload.exp may differ when the value sent is a NumericDate (whole seconds since 1970) keeping the recorded lifetimes (exp - iat, exp - nbf)",
            "jwt-signature: $.request.**.signature may differ when the value sent is any signature (or none)",
            "state-nonce: $.request.**.query.state, $.request.**.query.nonce, $.request.**.payload.state, $.request.**.payload.nonce may differ when the value sent is a non-empty string",
        }));
    }

    private static IReadOnlyList<ReplayDifference> Compare(RecordedRequest recorded, RecordedRequest sent) =>
        ReplayComparison.Compare(recorded, sent, ReplayTolerance.Defaults);

    private static void AssertTolerated(IReadOnlyList<ReplayDifference> differences, bool tolerated, string path, string sent)
    {
        if (tolerated)
        {
            Assert.That(differences, Is.Empty);
            return;
        }

        var difference = differences.Single();
        Assert.Multiple(() =>
        {
            Assert.That(difference.Path.ToString(), Is.EqualTo(path));
            Assert.That(difference.Actual, Is.EqualTo(sent));
        });
    }

    private static RecordedRequest Get(string header, string value) =>
        new("GET", new Uri("https://mock-aspsp.test/open-banking/v3.1/aisp/accounts"), [Build.H("Authorization", "Bearer <access_token>"), Build.H(header, value)], RecordedBody.None);

    private static string Claims(string claim, string value)
    {
        var claims = JsonNode.Parse("""{"iss":"obfx-demo-private-key-jwt","sub":"obfx-demo-private-key-jwt","aud":"https://mock-aspsp.test/token","jti":"00000000-0000-4000-8000-000000000001","iat":1795435200,"exp":1795435500}""")!.AsObject();
        claims[claim] = JsonNode.Parse(value);
        return claims.ToJsonString();
    }

    private static RecordedRequest Assertion(string claims, string signature, string kid = "obfx-demo-signing") =>
        new("POST", new Uri("https://mock-aspsp.test/token"), [Build.H("Content-Type", "application/x-www-form-urlencoded")], new RecordedBody.Form(
        [
            Build.H("grant_type", "client_credentials"),
            Build.H("client_assertion", Jwt.Forged($$"""{"alg":"PS256","kid":"{{kid}}","typ":"JWT"}""", claims, signature)),
        ]));

    private static RecordedRequest Approval(IReadOnlyDictionary<string, string> query) =>
        new("POST", new Uri("https://mock-aspsp.test/authorize/headless"), [Build.H("Content-Type", "application/json")], new RecordedBody.Json(new JsonObject
        {
            ["consent_url"] = "https://mock-aspsp.test/authorize?" + FormUrlEncoding.Encode(query),
            ["username"] = "amelia",
        }));
}
