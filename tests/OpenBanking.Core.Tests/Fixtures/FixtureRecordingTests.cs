using OpenBanking.Core.Consents;
using OpenBanking.Core.Accounts;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using OpenBanking.Conformance.Fixtures;
using OpenBanking.Core.Flows;
using OpenBanking.Core.Http;
using OpenBanking.Core.Tests.Flows;
using OpenBanking.Core.Tests.Support;
using OpenBanking.TestSupport;

namespace OpenBanking.Core.Tests.Fixtures;

public class FixtureRecordingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [TestCase("Authorization", "Bearer abc.def", "Bearer <access_token>")]
    [TestCase("authorization", "bearer abc.def", "bearer <access_token>")]
    [TestCase("Authorization", "Basic YWJjOmRlZg==", "Basic <client credentials>")]
    [TestCase("Authorization", "DPoP eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln", "DPoP <client credentials>")]
    [TestCase("x-fapi-interaction-id", "iid", "iid")]
    public void Authorization_values_become_placeholders(string name, string value, string expected)
    {
        Assert.That(Secrets.Header(name, value), Is.EqualTo(expected));
    }

    [TestCase("eyJhbGciOiJQUzI1NiJ9.eyJzdWIiOiJ4In0.SIGNATURE-SECRET", "a bare JWT is a credential, not a scheme")]
    [TestCase("QkFTSUMtU0VDUkVU", "bare base64 is a credential, not a scheme")]
    [TestCase("s3cret==", "not a token")]
    [TestCase("\"SECRET\" x", "a first word that is not an RFC 7230 token is no scheme")]
    [TestCase("1SECRET x", "a scheme starts with a letter")]
    [TestCase("Token", "an unregistered single word may be a credential")]
    public void An_authorization_value_without_a_recognisable_scheme_becomes_credentials(string value, string why)
    {
        Assert.That(Secrets.Header("Authorization", value), Is.EqualTo("<credentials>"), why);
    }

    [TestCase("Bearer")]
    [TestCase("basic")]
    [TestCase("Bearer  ")]
    [TestCase("")]
    public void A_scheme_without_a_credential_stays_as_it_is_so_a_rule_can_say_the_token_is_missing(string value)
    {
        Assert.That(Secrets.Header("Authorization", value), Is.EqualTo(value));
    }

    [Test]
    public void Scrubbing_an_authorization_value_twice_is_scrubbing_it_once()
    {
        string[] values = ["Bearer at-1", "Basic YWJj", "eyJhbGciOiJQUzI1NiJ9.e30.c2ln", "Bearer"];

        Assert.That(values.Select(v => Secrets.Header("Authorization", Secrets.Header("Authorization", v))), Is.EqualTo(values.Select(v => Secrets.Header("Authorization", v))));
    }

    [TestCase("https://user:PASSWORD-SECRET@bank.example/token?code=c", "https://bank.example/token?code=%3Ccode%3E")]
    [TestCase("https://TOKEN-SECRET@bank.example", "https://bank.example")]
    [TestCase("https://u:p@ss-SECRET@bank.example:8443/x#state=s", "https://bank.example:8443/x#state=s")]
    [TestCase("https://bank.example/a@b?x=1", "https://bank.example/a@b?x=1")]
    public void A_urls_userinfo_is_removed(string url, string expected)
    {
        Assert.That(Secrets.Url(url), Is.EqualTo(expected));
    }

    [Test]
    public void Json_that_repeats_a_member_is_recorded_as_scrubbed_text_not_a_crash()
    {
        var request = new HttpRequestSpec("make consent", HttpMethod.Post, new Uri("https://rs.bank.example/x"), [],
            new RequestBody.Json("""{"Risk":{},"Risk":{"password":"PW-SECRET"}}"""));
        var response = new HttpResponseSpec(200, [KeyValuePair.Create("Content-Type", "application/json")],
            """{"access_token":"A-SECRET","access_token":"B-SECRET","token_type":"Bearer"}"""u8.ToArray());

        var exchange = FixtureDocument.Exchange(request, response, TimeSpan.Zero);

        Assert.Multiple(() =>
        {
            Assert.That((string?)exchange.Request["body"]!["text"], Is.EqualTo("""{"Risk":{},"Risk":{"password":"<password>"}}"""));
            Assert.That((string?)exchange.Response!["body"]!["text"], Is.EqualTo("""{"access_token":"<access_token>","access_token":"<access_token>","token_type":"Bearer"}"""));
        });
    }

    [Test]
    public void Parsing_recorded_json_refuses_a_repeated_member_and_scrubbing_its_text_keeps_it()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Secrets.ParseJson("""{"a":1,"a":2}"""), Is.Null);
            Assert.That(Secrets.ParseJson("""{"a":1}""")!["a"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(Secrets.JsonText("""[{"code":"C-SECRET","code":"D-SECRET"}, 1e400, "é"]"""), Is.EqualTo("""[{"code":"<code>","code":"<code>"},1e400,"é"]"""));
            Assert.That(Secrets.JsonText("not json"), Is.Null);
        });
    }

    [Test]
    public void Secrets_in_urls_and_json_are_replaced_and_jwts_lose_their_signatures()
    {
        var url = Secrets.Url("https://tpp.example.com/cb#code=secret-code&state=st&id_token=aGVhZA.Y2xhaW1z.c2ln");
        var json = Secrets.Json(System.Text.Json.Nodes.JsonNode.Parse(
            """{"access_token":"at","nested":{"refresh_token":"rt","keep":"me"},"list":[{"password":"pw"}],"id_token":"h.c.s"}"""));

        Assert.That(url, Is.EqualTo("https://tpp.example.com/cb#code=%3Ccode%3E&state=st&id_token=aGVhZA.Y2xhaW1z."));
        Assert.That(json!.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), Is.EqualTo("""{"access_token":"<access_token>","nested":{"refresh_token":"<refresh_token>","keep":"me"},"list":[{"password":"<password>"}],"id_token":"h.c."}"""));
    }

    [Test]
    public async Task A_recorded_flow_holds_every_exchange_and_no_secret()
    {
        var path = Path.Combine(Path.GetTempPath(), $"fixture-{Guid.NewGuid():N}.json");
        var bank = new ScriptedBank(r => FakeBank.Answer(r));
        var recorder = new FixtureRecorder(bank, path, new Dictionary<string, string> { ["auth_method"] = "client_secret_basic", ["api_version"] = "v3.1.11" });
        var client = new AccountInformationClient(TestConfig.Valid("client_secret_basic"), recorder, new FakeTimeProvider(Now), IdSource.Sequential());

        var pending = await client.BeginAccountAccess().Right();
        var grant = await client.CompleteAccountAccess(pending, FakeBank.Redirect(pending.ConsentUrl, Now)).Right();
        await client.Send(grant.AccessToken, AccountInformation.Accounts()).Right();

        var text = File.ReadAllText(path);
        File.Delete(path);
        var document = JsonDocument.Parse(text).RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(document.GetProperty("format").GetString(), Is.EqualTo("openbanking-fx-fixture/1"));
            Assert.That(document.GetProperty("metadata").GetProperty("auth_method").GetString(), Is.EqualTo("client_secret_basic"));
            Assert.That(document.GetProperty("exchanges").GetArrayLength(), Is.EqualTo(bank.Requests.Count));
            Assert.That(text, Does.Not.Contain(TestConfig.ClientSecret).And.Not.Contain("client-access-token").And.Not.Contain("user-access-token")
                .And.Not.Contain("user-refresh-token").And.Not.Contain(FakeBank.Code).And.Not.Contain(TokenRequestsBasic()));
            Assert.That(text, Does.Contain("Basic <client credentials>").And.Contain("Bearer <access_token>").And.Contain("\"<code>\""));
        });
    }

    [Test]
    public void Id_token_signatures_are_kept_only_when_the_options_name_a_test_key()
    {
        const string url = "https://tpp.example.com/cb#code=secret-code&state=st&id_token=aGVhZA.Y2xhaW1z.c2ln";
        var json = System.Text.Json.Nodes.JsonNode.Parse(
            """{"id_token":"h.c.s","access_token":"at","client_assertion":"a.b.s","nested":{"request":"r.q.s","id_token":"i.d.s"}}""");
        var keep = FixtureOptions.KeepIdTokenSignatures("fixtures/TEST-KEY.pem");

        Assert.Multiple(() =>
        {
            Assert.That(Secrets.Url(url, keep.Scrubbing), Is.EqualTo("https://tpp.example.com/cb#code=%3Ccode%3E&state=st&id_token=aGVhZA.Y2xhaW1z.c2ln"));
            Assert.That(Secrets.Url(url), Does.EndWith("id_token=aGVhZA.Y2xhaW1z."));
            Assert.That(Secrets.Json(json, keep.Scrubbing)!.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }),
                Is.EqualTo("""{"id_token":"h.c.s","access_token":"<access_token>","client_assertion":"a.b.","nested":{"request":"r.q.","id_token":"i.d.s"}}"""));
            Assert.That(Secrets.Field("id_token", "h.c.s"), Is.EqualTo("h.c."));
            Assert.Throws<ArgumentException>(() => FixtureOptions.KeepIdTokenSignatures(" "));
        });
    }

    [Test]
    public async Task A_recording_that_keeps_id_token_signatures_says_so_and_is_timed_by_the_given_clock()
    {
        var time = new FakeTimeProvider(Now);
        string? tokenIdToken = null;
        var bank = new ScriptedBank(r =>
        {
            time.Advance(TimeSpan.FromMilliseconds(250));
            return FakeBank.Answer(r, tokenIdToken);
        });
        var kept = Path.Combine(Path.GetTempPath(), $"fixture-{Guid.NewGuid():N}.json");
        var plain = Path.Combine(Path.GetTempPath(), $"fixture-{Guid.NewGuid():N}.json");
        var metadata = new Dictionary<string, string> { ["auth_method"] = "private_key_jwt" };
        var keeping = new FixtureRecorder(bank, kept, metadata, FixtureOptions.KeepIdTokenSignatures("fixtures/TEST-KEY.pem") with { Clock = time });
        var client = new AccountInformationClient(TestConfig.Valid(), keeping, time, IdSource.Sequential());
        var pending = await client.BeginAccountAccess().Right();
        var claims = FakeBank.IdTokenClaims(pending.ConsentUrl, time.GetUtcNow());
        claims.Remove("c_hash");
        claims.Remove("s_hash");
        tokenIdToken = Jwt.Sign(claims, TestKeys.BankRsa, TestKeys.BankKid);
        await client.CompleteAccountAccessWithCode(pending, FakeBank.Code).Right();
        await new FixtureRecorder(bank, plain, metadata).Send(TokenRequestFor(pending)).Right();

        var keptText = File.ReadAllText(kept);
        var plainText = File.ReadAllText(plain);
        File.Delete(kept);
        File.Delete(plain);
        var document = JsonDocument.Parse(keptText).RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(document.GetProperty("metadata").GetProperty(FixtureOptions.IdTokenSignaturesKey).GetString(),
                Is.EqualTo("kept: signed with the TEST key fixtures/TEST-KEY.pem, never a real bank's key"));
            Assert.That(keptText, Does.Contain(tokenIdToken), "the id_token with its signature");
            Assert.That(keptText, Does.Not.Contain(TestConfig.ClientSecret).And.Not.Contain("user-access-token").And.Not.Contain(FakeBank.Code));
            Assert.That(document.GetProperty("exchanges").EnumerateArray().Select(e => e.GetProperty("elapsed_ms").GetInt64()), Is.All.EqualTo(250));
            Assert.That(plainText, Does.Not.Contain(tokenIdToken).And.Not.Contain(FixtureOptions.IdTokenSignaturesKey), "the default keeps no signature and says nothing");
        });
    }

    private static HttpRequestSpec TokenRequestFor(PendingAuthorisation<AccountAccessConsent> pending) =>
        Core.OAuth.TokenRequests.AuthorizationCode(TestConfig.Valid(), FakeBank.Code, Now, pending.ConsentUrl.Nonce).Right();

    [Test]
    public async Task A_bare_code_completes_access_when_the_token_response_has_a_valid_id_token()
    {
        string? tokenIdToken = null;
        var client = new AccountInformationClient(TestConfig.Valid(), new ScriptedBank(r => FakeBank.Answer(r, tokenIdToken)), new FakeTimeProvider(Now), IdSource.Sequential());
        var pending = await client.BeginAccountAccess().Right();
        var claims = FakeBank.IdTokenClaims(pending.ConsentUrl, Now);
        claims.Remove("c_hash");
        claims.Remove("s_hash");
        tokenIdToken = Jwt.Sign(claims, TestKeys.BankRsa, TestKeys.BankKid);

        var grant = await client.CompleteAccountAccessWithCode(pending, FakeBank.Code).Right();
        tokenIdToken = null;
        var missing = await client.CompleteAccountAccessWithCode(pending, FakeBank.Code).Left();

        Assert.That(grant.IdToken.ConsentId, Is.EqualTo(FakeBank.ConsentId));
        Assert.That(((Errors.ValidationError)missing).Check, Is.EqualTo("id_token"));
    }

    private static string TokenRequestsBasic() => Core.OAuth.TokenRequests.BasicCredentials(TestConfig.ClientId, TestConfig.ClientSecret);
}
