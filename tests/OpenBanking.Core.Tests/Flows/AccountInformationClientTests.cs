using OpenBanking.Core.Consents;
using LanguageExt;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using OpenBanking.Core.Accounts;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Flows;
using OpenBanking.Core.Http;
using OpenBanking.Core.Tests.Support;
using OpenBanking.TestSupport;

namespace OpenBanking.Core.Tests.Flows;

public class AccountInformationClientTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private static (AccountInformationClient Client, ScriptedBank Bank) Client(
        Func<HttpRequestSpec, Either<OpenBankingError, HttpResponseSpec>>? answer = null, Core.Configuration.ApiConfig? config = null)
    {
        var bank = new ScriptedBank(answer ?? (r => FakeBank.Answer(r)));
        var client = new AccountInformationClient(TestConfig.Validated(config ?? TestConfig.Raw()), bank, new FakeTimeProvider(Now), IdSource.Sequential());
        return (client, bank);
    }

    private static List<string> Operations(ScriptedBank bank) => bank.Requests.Select(r => r.Operation).ToList();

    [Test]
    public async Task The_whole_flow_runs_as_two_pipelines_and_reads_every_transaction_page()
    {
        var (client, bank) = Client();

        var pending = await client.BeginAccountAccess().Right();
        var redirect = FakeBank.Redirect(pending.ConsentUrl, Now);
        var result = await (
            from grant in client.CompleteAccountAccess(pending, redirect)
            from accounts in client.Send(grant.AccessToken, AccountInformation.Accounts())
            from transactions in client.ReadAll(grant.AccessToken, AccountInformation.Transactions())
            select (grant, accounts, transactions)).Right();

        Assert.Multiple(() =>
        {
            Assert.That(pending.ConsentId, Is.EqualTo(FakeBank.ConsentId));
            Assert.That(pending.ClientToken.AccessToken, Is.EqualTo("client-access-token"));
            Assert.That(result.grant.AccessToken, Is.EqualTo("user-access-token"));
            Assert.That(result.grant.Tokens.RefreshToken, Is.EqualTo("user-refresh-token"));
            Assert.That(result.grant.Tokens.ExpiresAt, Is.EqualTo(Now.AddMinutes(5)));
            Assert.That(result.grant.IdToken.ConsentId, Is.EqualTo(FakeBank.ConsentId));
            Assert.That(result.grant.IdToken.Acr, Is.EqualTo("urn:openbanking:psd2:sca"));
            Assert.That(result.accounts.Items.Single().AccountId, Is.EqualTo("22289"));
            Assert.That(result.transactions.Select(t => t.TransactionId), Is.EqualTo(new[] { "p1-1", "p1-2", "p2-1", "p2-2", "p3-1", "p3-2" }));
            Assert.That(Operations(bank), Is.EqualTo(new[]
            {
                "token request (client_credentials)", "POST account-access-consents", "GET jwks", "token request (authorization_code)",
                "GET accounts", "GET transactions", "GET next page", "GET next page",
            }));
        });
    }

    [Test]
    public async Task A_client_registered_for_payments_too_asks_for_accounts_only_for_account_access()
    {
        var (client, bank) = Client(config: TestConfig.Raw() with { Scope = "openid accounts payments" });

        var pending = await client.BeginAccountAccess().Right();

        var tokenRequest = (RequestBody.Form)bank.Requests[0].Body;
        Assert.That(tokenRequest["scope"], Is.EqualTo("accounts"));
        Assert.That(System.Web.HttpUtility.ParseQueryString(pending.ConsentUrl.Url.Query)["scope"], Is.EqualTo("openid accounts"));
    }

    [Test]
    public async Task Each_resource_request_gets_its_own_interaction_id()
    {
        var (client, bank) = Client();

        await client.Send("t", AccountInformation.Accounts()).Right();
        await client.Send("t", AccountInformation.Balances()).Right();
        await client.ReadAll("t", AccountInformation.Transactions()).Right();

        var ids = bank.Requests.Select(r => r.Header("x-fapi-interaction-id")).ToList();
        Assert.That(ids, Is.Unique.And.All.Not.Null);
    }

    [Test]
    public async Task The_step_by_step_form_mirrors_the_seed_session()
    {
        var (client, _) = Client();

        var token = await client.ClientCredentialsToken().Right();
        var consent = await client.CreateConsent(token.AccessToken).Right();
        var url = client.ConsentUrl(consent.ConsentId).Right();
        var pending = new PendingAuthorisation<AccountAccessConsent>(token, consent, url);
        var grant = await client.CompleteAccountAccess(pending, FakeBank.Redirect(url, Now)).Right();
        var balances = await client.Send(grant.AccessToken, AccountInformation.Balances()).Right();

        Assert.That(balances.Items.Single().Amount.Amount, Is.EqualTo(1230.00m));
    }

    [Test]
    public async Task A_refused_consent_stops_the_pipeline_with_the_banks_error()
    {
        var (client, bank) = Client(r => r.Operation == "POST account-access-consents"
            ? ScriptedBank.Json(403, """{"Code":"403","Message":"TPP not allowed","Errors":[{"ErrorCode":"UK.OBIE.Resource.ConsentMismatch","Message":"no AIS role"}]}""", "iid-403")
            : FakeBank.Answer(r));

        var error = await client.BeginAccountAccess().Left();

        Assert.That(error, Is.TypeOf<ApiError>());
        Assert.That(error.InteractionId, Is.EqualTo("iid-403"));
        Assert.That(Operations(bank), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task A_bad_client_secret_stops_the_pipeline_at_the_token()
    {
        var (client, bank) = Client(_ => ScriptedBank.Json(401, """{"error":"invalid_client"}"""));

        var error = await client.BeginAccountAccess().Left();

        Assert.That(((ProtocolError)error).Error, Is.EqualTo("invalid_client"));
        Assert.That(Operations(bank), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task A_forged_redirect_is_refused_before_the_code_is_used()
    {
        var (client, bank) = Client();
        var pending = await client.BeginAccountAccess().Right();

        var error = await client.CompleteAccountAccess(pending, FakeBank.Redirect(pending.ConsentUrl, Now, state: "attacker-state")).Left();

        Assert.That(((ValidationError)error).Check, Is.EqualTo("state"));
        Assert.That(Operations(bank), Does.Not.Contain("token request (authorization_code)"));
    }

    [TestCase("c_hash")]
    [TestCase("nonce")]
    [TestCase("openbanking_intent_id")]
    public async Task An_id_token_that_does_not_match_the_redirect_stops_the_code_exchange(string claim)
    {
        var (client, bank) = Client();
        var pending = await client.BeginAccountAccess().Right();

        var error = await client.CompleteAccountAccess(pending, FakeBank.Redirect(pending.ConsentUrl, Now, c => c[claim] = "wrong")).Left();

        Assert.That(((ValidationError)error).Check, Is.EqualTo($"id_token.{claim}"));
        Assert.That(Operations(bank), Does.Not.Contain("token request (authorization_code)"));
    }

    [Test]
    public async Task A_hybrid_redirect_without_an_id_token_is_refused()
    {
        var (client, _) = Client();
        var pending = await client.BeginAccountAccess().Right();

        var error = await client.CompleteAccountAccess(pending, $"{TestConfig.RedirectUrl}#code={FakeBank.Code}&state={pending.ConsentUrl.State}").Left();

        Assert.That(((ValidationError)error).Check, Is.EqualTo("id_token"));
    }

    [Test]
    public async Task A_declined_consent_comes_back_as_access_denied()
    {
        var (client, _) = Client();
        var pending = await client.BeginAccountAccess().Right();

        var error = await client.CompleteAccountAccess(pending, $"{TestConfig.RedirectUrl}#error=access_denied&state={pending.ConsentUrl.State}").Left();

        Assert.That(((ProtocolError)error).Error, Is.EqualTo("access_denied"));
    }

    [Test]
    public async Task The_code_flow_checks_the_id_token_of_the_token_response()
    {
        var config = TestConfig.Raw() with { ResponseType = "code" };
        string? tokenIdToken = null;
        var (client, _) = Client(r => FakeBank.Answer(r, tokenIdToken), config);
        var pending = await client.BeginAccountAccess().Right();
        var claims = FakeBank.IdTokenClaims(pending.ConsentUrl, Now);
        claims.Remove("c_hash");
        claims.Remove("s_hash");
        tokenIdToken = Jwt.Sign(claims, TestKeys.BankRsa, TestKeys.BankKid);

        var grant = await client.CompleteAccountAccess(pending, $"{TestConfig.RedirectUrl}?code={FakeBank.Code}&state={pending.ConsentUrl.State}").Right();

        Assert.That(grant.IdToken.ConsentId, Is.EqualTo(FakeBank.ConsentId));
    }

    [Test]
    public async Task The_code_flow_without_any_id_token_is_refused()
    {
        var (client, _) = Client(config: TestConfig.Raw() with { ResponseType = "code" });
        var pending = await client.BeginAccountAccess().Right();

        var error = await client.CompleteAccountAccess(pending, $"{TestConfig.RedirectUrl}?code={FakeBank.Code}&state={pending.ConsentUrl.State}").Left();

        Assert.That(((ValidationError)error).Check, Is.EqualTo("id_token"));
    }

    [Test]
    public async Task Without_a_jwks_uri_the_keys_are_found_through_discovery()
    {
        var (client, bank) = Client(config: TestConfig.Raw() with { JwksUri = null });

        var jwks = await client.Jwks().Right();

        Assert.That(jwks.Keys.Single().Kid, Is.EqualTo(TestKeys.BankKid));
        Assert.That(Operations(bank), Is.EqualTo(new[] { "GET openid-configuration", "GET jwks" }));
    }

    [Test]
    public async Task A_discovery_document_for_another_issuer_is_refused()
    {
        var (client, _) = Client(r => ScriptedBank.Json(200, """{"issuer":"https://evil.example.com","authorization_endpoint":"a","token_endpoint":"t","jwks_uri":"https://evil.example.com/jwks"}"""),
            TestConfig.Raw() with { JwksUri = null });

        var error = await client.Jwks().Left();

        Assert.That(((ValidationError)error).Check, Is.EqualTo("discovery.issuer"));
    }

    [Test]
    public async Task A_next_link_that_repeats_a_page_stops_the_paging()
    {
        var looping = ScriptedBank.Json(200, """{"Data":{"Transaction":[]},"Links":{"Self":"https://rs.aspsp.example.com/open-banking/v3.1/aisp/transactions?page=2","Next":"/open-banking/v3.1/aisp/transactions?page=2"}}""");
        var (client, bank) = Client(_ => looping);

        var error = await client.ReadAll("t", AccountInformation.Transactions()).Left();

        Assert.That(((ValidationError)error).Check, Is.EqualTo("links.next"));
        Assert.That(bank.Requests, Has.Count.LessThanOrEqualTo(2));
    }

    [Test]
    public async Task Paging_stops_at_the_page_limit()
    {
        var (client, bank) = Client();

        var error = await client.ReadAll("t", AccountInformation.Transactions(), maxPages: 2).Left();

        Assert.That(((ValidationError)error).Detail, Does.Contain("more than 2 pages"));
        Assert.That(bank.Requests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task A_failing_page_fails_the_whole_read()
    {
        var (client, _) = Client(r => r.Uri.Query.Contains("page=2", StringComparison.Ordinal) ? ScriptedBank.Json(500, "") : FakeBank.Answer(r));

        var error = await client.ReadAll("t", AccountInformation.Transactions()).Left();

        Assert.That(((HttpError)error).Status, Is.EqualTo(500));
    }

    [Test]
    public async Task A_transport_error_comes_back_as_a_value()
    {
        var (client, _) = Client(_ => new TransportError("aspsp.example.com", TransportFailure.Connection, "Connection refused"));

        var error = await client.Send("t", AccountInformation.Accounts()).Left();

        Assert.That(error.ToString(), Is.EqualTo("Could not connect to aspsp.example.com: Connection refused"));
    }

    [Test]
    public void Cancellation_throws_rather_than_becoming_an_error()
    {
        var (client, _) = Client();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAsync<OperationCanceledException>(async () => await client.Send("t", AccountInformation.Accounts(), cancellationToken: cancelled.Token).ToEither());
    }

    [Test]
    public async Task Consent_lifecycle_get_and_delete()
    {
        var (client, bank) = Client(r => r.Method == HttpMethod.Delete
            ? ScriptedBank.Json(204, "")
            : ScriptedBank.Json(200, $$$"""{"Data":{"ConsentId":"{{{FakeBank.ConsentId}}}","Status":"Authorised","CreationDateTime":"2026-11-23T12:00:00+00:00","StatusUpdateDateTime":"2026-11-23T12:05:00+00:00","Permissions":["ReadAccountsBasic"]},"Risk":{}}"""));

        var consent = await client.GetConsent("client-token", FakeBank.ConsentId).Right();
        await client.DeleteConsent("client-token", FakeBank.ConsentId).Right();

        Assert.That(consent.Status, Is.EqualTo(Core.Consents.ConsentStatus.Authorised));
        Assert.That(bank.Requests.Select(r => r.Method), Is.EqualTo(new[] { HttpMethod.Get, HttpMethod.Delete }));
    }

    [Test]
    public async Task A_refresh_token_gets_a_new_access_token()
    {
        var (client, bank) = Client(_ => ScriptedBank.Json(200, """{"access_token":"new","token_type":"Bearer","expires_in":60}"""));

        var token = await client.RefreshToken("user-refresh-token").Right();

        Assert.That(token.AccessToken, Is.EqualTo("new"));
        Assert.That(((RequestBody.Form)bank.Requests.Single().Body)["grant_type"], Is.EqualTo("refresh_token"));
    }

    [Test]
    public async Task One_account_is_read_by_id()
    {
        var (client, _) = Client(_ => ScriptedBank.Json(200, """{"Data":{"Account":[{"AccountId":"22289"}]},"Links":{"Self":"x"}}"""));

        var account = await client.Send("t", AccountInformation.Account("22289")).Right();
        var missing = await client.Send("t", AccountInformation.Account("99999")).Left();

        Assert.That(account.AccountId, Is.EqualTo("22289"));
        Assert.That(missing, Is.TypeOf<ParseError>());
    }

    [Test]
    public async Task Front_and_back_channel_id_tokens_must_name_the_same_subject()
    {
        string? tokenIdToken = null;
        var (client, _) = Client(r => FakeBank.Answer(r, tokenIdToken));
        var pending = await client.BeginAccountAccess().Right();
        var claims = FakeBank.IdTokenClaims(pending.ConsentUrl, Now);
        claims.Remove("c_hash");
        claims.Remove("s_hash");
        claims["sub"] = "someone-else";
        tokenIdToken = Jwt.Sign(claims, TestKeys.BankRsa, TestKeys.BankKid);

        var error = await client.CompleteAccountAccess(pending, FakeBank.Redirect(pending.ConsentUrl, Now)).Left();

        Assert.That(((ValidationError)error).Check, Is.EqualTo("id_token.sub"));
    }

    [Test]
    public async Task Printing_a_grant_never_shows_the_access_token()
    {
        var (client, _) = Client();
        var pending = await client.BeginAccountAccess().Right();

        var grant = await client.CompleteAccountAccess(pending, FakeBank.Redirect(pending.ConsentUrl, Now)).Right();

        Assert.That(grant.ToString(), Does.Not.Contain("user-access-token").And.Not.Contain("user-refresh-token").And.Contain(FakeBank.ConsentId));
        Assert.That(pending.ToString(), Does.Not.Contain("client-access-token"));
    }
}
