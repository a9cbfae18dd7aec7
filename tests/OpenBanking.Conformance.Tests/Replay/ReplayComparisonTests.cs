using System.Text.Json.Nodes;
using NUnit.Framework;
using OpenBanking.Conformance.Replay;
using OpenBanking.Conformance.Tests.Support;
using OpenBanking.Conformance.Traffic;

namespace OpenBanking.Conformance.Tests.Replay;

/// <summary>How a request is compared with its recording: by place, names as sets, repeated values and arrays in order.</summary>
public class ReplayComparisonTests
{
    private const string Consents = "https://mock-aspsp.test/open-banking/v3.1/aisp/account-access-consents";

    [Test]
    public void A_json_body_where_a_form_was_recorded_is_one_difference_of_kind_besides_its_content_type()
    {
        var recorded = Build.PostJson(Consents, JsonNode.Parse("""{"Data":{"Permissions":["ReadAccountsBasic"]}}""")!);
        var sent = new RecordedRequest("POST", new Uri(Consents), [.. Build.ResourceHeaders(), Build.H("Content-Type", "application/x-www-form-urlencoded")],
            new RecordedBody.Form([Build.H("Permissions", "ReadAccountsBasic")]));

        Assert.That(Compare(recorded, sent), Is.EqualTo(new[]
        {
            "$.request.headers.content-type: expected \"application/json\", actual \"application/x-www-form-urlencoded\"",
            "$.request.body: expected a JSON body, actual a form body",
        }));
    }

    [Test]
    public void A_jwt_whose_payload_repeats_a_member_is_compared_as_the_text_it_is_not_a_crash()
    {
        static RecordedRequest Token(string jti) => new("POST", new Uri("https://mock-aspsp.test/token"), [Build.H("Content-Type", "application/x-www-form-urlencoded")],
            new RecordedBody.Form([Build.H("client_assertion", OpenBanking.TestSupport.Jwt.Forged("""{"alg":"PS256"}""", $$"""{"jti":"{{jti}}","jti":"x"}""", ""))]));

        var differences = ReplayComparison.Compare(Token("a"), Token("b"), ReplayTolerance.Defaults);

        Assert.That(differences.Single().Path.ToString(), Is.EqualTo("$.request.body.client_assertion"), "not decoded, so not a JWT whose jti may differ");
    }

    [Test]
    public void Query_parameters_and_headers_match_in_any_order_and_repeated_ones_in_order()
    {
        var recorded = new RecordedRequest("GET", new Uri("https://bank.example/x?a=1&b=2&b=3"), [Build.H("Accept", "application/json"), Build.H("X-Tag", "one"), Build.H("x-tag", "two")], RecordedBody.None);
        var reordered = new RecordedRequest("GET", new Uri("https://bank.example/x?b=2&a=1&b=3"), [Build.H("x-tag", "one"), Build.H("accept", "application/json"), Build.H("X-TAG", "two")], RecordedBody.None);
        var swapped = new RecordedRequest("GET", new Uri("https://bank.example/x?a=1&b=3&b=2"), [Build.H("Accept", "application/json"), Build.H("X-Tag", "one"), Build.H("x-tag", "two")], RecordedBody.None);

        Assert.Multiple(() =>
        {
            Assert.That(Compare(recorded, reordered), Is.Empty);
            Assert.That(Compare(recorded, swapped), Is.EqualTo(new[]
            {
                "$.request.query.b[0]: expected \"2\", actual \"3\"",
                "$.request.query.b[1]: expected \"3\", actual \"2\"",
            }));
        });
    }

    [Test]
    public void A_shorter_array_a_different_origin_and_a_changed_member_are_each_named()
    {
        var recorded = Build.PostJson(Consents, JsonNode.Parse("""{"Data":{"Permissions":["ReadAccountsBasic","ReadBalances"],"ExpirationDateTime":"2027-02-21T12:00:00+00:00"},"Risk":{}}""")!);
        var sent = Build.PostJson(Consents.Replace("mock-aspsp.test", "mock-aspsp.test:8443", StringComparison.Ordinal),
            JsonNode.Parse("""{"Data":{"Permissions":["ReadAccountsBasic"],"ExpirationDateTime":"2027-02-22T12:00:00+00:00"},"Risk":{},"Extra":true}""")!);

        Assert.That(Compare(recorded, sent), Is.EqualTo(new[]
        {
            "$.request.origin: expected \"https://mock-aspsp.test\", actual \"https://mock-aspsp.test:8443\"",
            "$.request.body.Data.Permissions[1]: expected \"ReadBalances\", actual (absent)",
            "$.request.body.Data.ExpirationDateTime: expected \"2027-02-21T12:00:00+00:00\", actual \"2027-02-22T12:00:00+00:00\"",
            "$.request.body.Extra: expected (absent), actual true",
        }));
    }

    [Test]
    public void A_long_value_is_cut_in_the_difference()
    {
        var recorded = Build.Get("https://bank.example/x?q=" + new string('a', 300));
        var sent = Build.Get("https://bank.example/x?q=" + new string('b', 300));

        var difference = ReplayComparison.Compare(recorded, sent, ReplayTolerance.Defaults).Single();

        Assert.That(difference.Expected, Is.EqualTo("\"" + new string('a', 99) + "…"));
    }

    [TestCase("$.request.**.query.state", "$.request.query.state", true)]
    [TestCase("$.request.**.query.state", "$.request.body.consent_url.query.state", true)]
    [TestCase("$.request.**.query.state", "$.request.query.state_hint", false)]
    [TestCase("$.request.**.query.state", "$.request.body.consent_url.query.state.extra", false)]
    [TestCase("$.request.headers.x-fapi-interaction-id", "$.request.headers.X-FAPI-Interaction-Id", true)]
    [TestCase("$.request.body.Data.x", "$.request.body.Data.X", false)]
    [TestCase("$.request.body.Data.Permissions[*]", "$.request.body.Data.Permissions[3]", true)]
    [TestCase("$.request.body.Data.*", "$.request.body.Data.Permissions", true)]
    [TestCase("$.request.body.Data.*", "$.request.body.Data.Permissions[3]", false)]
    public void A_pattern_matches_paths(string pattern, string path, bool matches)
    {
        Assert.That(ReplayPath.Parse(pattern).Matches(ReplayPath.Parse(path)), Is.EqualTo(matches));
    }

    [Test]
    public void A_jwt_part_in_a_pattern_matches_only_a_jwts_part_and_a_written_one_matches_both()
    {
        var jwtJti = ReplayPath.Parse("$.request.**").JwtPart("payload").Member("jti");
        var claim = ReplayPath.Parse("$.request.body.client_assertion").JwtPart("payload").Member("jti");
        var member = ReplayPath.Parse("$.request.body.client_assertion.payload.jti");

        Assert.Multiple(() =>
        {
            Assert.That(jwtJti.Matches(claim), Is.True);
            Assert.That(jwtJti.Matches(member), Is.False, "a JSON member called payload is not a JWT's payload");
            Assert.That(ReplayPath.Parse("$.request.**.payload.jti").Matches(claim), Is.True);
            Assert.That(ReplayPath.Parse("$.request.**.payload.jti").Matches(member), Is.True);
            Assert.That(claim.ToString(), Is.EqualTo(member.ToString()));
            Assert.That(claim, Is.EqualTo(member), "paths written the same are equal");
            Assert.That(claim.IsJwtPart(3), Is.True);
            Assert.That(member.IsJwtPart(3), Is.False);
            Assert.Throws<ArgumentException>(() => ReplayPath.Root.JwtPart("claims"));
        });
    }

    [TestCase("$.request.body.Data.Permissions[1]")]
    [TestCase("$.request.headers.x-fapi-interaction-id")]
    [TestCase("$[0][1].a")]
    [TestCase("$")]
    public void A_path_reads_back_as_it_is_written(string path)
    {
        Assert.That(ReplayPath.Parse(path).ToString(), Is.EqualTo(path));
    }

    [TestCase("request.body")]
    [TestCase("$.a[1")]
    [TestCase("$.a]1[")]
    public void Text_that_is_not_a_path_is_a_programmer_error(string text)
    {
        Assert.Throws<ArgumentException>(() => ReplayPath.Parse(text));
    }

    private static string[] Compare(RecordedRequest recorded, RecordedRequest sent) =>
        [.. ReplayComparison.Compare(recorded, sent, ReplayTolerance.Defaults).Select(d => d.ToString())];
}
