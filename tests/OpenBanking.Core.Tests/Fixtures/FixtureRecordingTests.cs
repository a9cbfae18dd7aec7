using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using OpenBanking.Core.Fixtures;
using OpenBanking.Core.Flows;
using OpenBanking.Core.Http;
using OpenBanking.Core.Io;
using OpenBanking.Core.Tests.Flows;
using OpenBanking.Core.Tests.Support;
using OpenBanking.TestSupport;

namespace OpenBanking.Core.Tests.Fixtures;

public class FixtureRecordingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [TestCase("Authorization", "Bearer abc.def", "Bearer <access_token>")]
    [TestCase("Authorization", "Basic YWJjOmRlZg==", "Basic <client credentials>")]
    [TestCase("x-fapi-interaction-id", "iid", "iid")]
    public void Authorization_values_become_placeholders(string name, string value, string expected)
    {
        Assert.That(Secrets.Header(name, value), Is.EqualTo(expected));
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
        await client.Accounts(grant.AccessToken).Right();

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
