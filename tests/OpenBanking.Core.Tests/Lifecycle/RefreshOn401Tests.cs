using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using OpenBanking.Core.Accounts;
using OpenBanking.Core.Consents;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Flows;
using OpenBanking.Core.Http;
using OpenBanking.Core.OAuth;
using OpenBanking.Core.Tests.Support;
using OpenBanking.TestSupport;
using OpenBanking.Core.Api;

namespace OpenBanking.Core.Tests.Lifecycle;

/// <summary>Refresh on 401 against a scripted bank: each test says what the bank answers to each request, in order.</summary>
public class RefreshOn401Tests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private static readonly TokenResponse Tokens = new("old-access", "Bearer", Now.AddMinutes(5), "old-refresh", "openid accounts", null);

    private const string Accounts = """{"Data":{"Account":[{"AccountId":"22289","Currency":"GBP"}]},"Links":{"Self":"x"},"Meta":{"TotalPages":1}}""";

    private static readonly HttpResponseSpec Unauthorised = ScriptedBank.Json(401, V4Bodies.Error("401 Unauthorized", "UK.OBIE.Header.Invalid", "Authorization"));

    /// <summary>A bank that answers accounts requests and token requests from two scripts, in order.</summary>
    private static (AccountInformationClient Client, ScriptedBank Bank) Client(HttpResponseSpec[] resource, params HttpResponseSpec[] token)
    {
        var resources = new Queue<HttpResponseSpec>(resource);
        var tokens = new Queue<HttpResponseSpec>(token);
        var bank = new ScriptedBank(r => r.Uri.AbsolutePath == "/token" ? tokens.Dequeue() : resources.Dequeue());
        return (new AccountInformationClient(TestConfig.Valid(), bank, new FakeTimeProvider(Now), IdSource.Sequential()), bank);
    }

    private static Task<RefreshedResult<ResourcePage<Account>>> Read(AccountInformationClient client, TokenResponse? tokens = null) =>
        client.CallWithRefresh(tokens ?? Tokens, (token, ct) => client.Send(token, AccountInformation.Accounts(), cancellationToken: ct), V4Bodies.ConsentId);

    private static List<string> Sent(ScriptedBank bank) =>
        bank.Requests.Select(r => r.Header("Authorization") is { } auth ? $"{r.Operation} {auth}" : $"{r.Operation} {(r.Body as RequestBody.Form)?["grant_type"]}").ToList();

    [Test]
    public async Task A_successful_call_keeps_the_tokens_and_does_not_refresh()
    {
        var (client, bank) = Client([ScriptedBank.Json(200, Accounts)]);

        var outcome = await Read(client);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Result.Right().Items.Single().AccountId, Is.EqualTo("22289"));
            Assert.That(outcome.Tokens, Is.SameAs(Tokens));
            Assert.That(outcome.Refreshed, Is.False);
            Assert.That(bank.Requests, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task A_401_refreshes_once_retries_once_and_returns_the_new_tokens()
    {
        var (client, bank) = Client(
            [Unauthorised, ScriptedBank.Json(200, Accounts)],
            ScriptedBank.Json(200, """{"access_token":"new-access","token_type":"Bearer","expires_in":300,"refresh_token":"new-refresh"}"""));

        var outcome = await Read(client);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Result.Right().Items.Single().AccountId, Is.EqualTo("22289"));
            Assert.That(outcome.Refreshed, Is.True);
            Assert.That(outcome.Tokens.AccessToken, Is.EqualTo("new-access"));
            Assert.That(outcome.Tokens.RefreshToken, Is.EqualTo("new-refresh"));
            Assert.That(outcome.Tokens.ExpiresAt, Is.EqualTo(Now.AddMinutes(5)));
            Assert.That(Sent(bank), Is.EqualTo(new[]
            {
                "GET accounts Bearer old-access", "token request (refresh_token) refresh_token", "GET accounts Bearer new-access",
            }));
            Assert.That(((RequestBody.Form)bank.Requests[1].Body)["refresh_token"], Is.EqualTo("old-refresh"));
        });
    }

    [Test]
    public async Task An_api_call_sent_with_refresh_refreshes_once_on_a_401_and_carries_the_new_token()
    {
        var (client, bank) = Client(
            [Unauthorised, ScriptedBank.Json(200, Accounts)],
            ScriptedBank.Json(200, """{"access_token":"new-access","token_type":"Bearer","expires_in":300,"refresh_token":"new-refresh"}"""));

        var outcome = await client.SendWithRefresh(Tokens, AccountInformation.Accounts(), V4Bodies.ConsentId);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Result.Right().Items.Single().AccountId, Is.EqualTo("22289"));
            Assert.That(outcome.Refreshed, Is.True);
            Assert.That(outcome.Tokens.RefreshToken, Is.EqualTo("new-refresh"));
            Assert.That(Sent(bank), Is.EqualTo(new[]
            {
                "GET accounts Bearer old-access", "token request (refresh_token) refresh_token", "GET accounts Bearer new-access",
            }));
        });
    }

    [Test]
    public async Task A_bank_that_issues_no_new_refresh_token_leaves_the_old_one_in_use()
    {
        var (client, _) = Client(
            [Unauthorised, ScriptedBank.Json(200, Accounts)],
            ScriptedBank.Json(200, """{"access_token":"new-access","token_type":"Bearer","expires_in":300}"""));

        var outcome = await Read(client);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Tokens.AccessToken, Is.EqualTo("new-access"));
            Assert.That(outcome.Tokens.RefreshToken, Is.EqualTo("old-refresh"));
        });
    }

    [Test]
    public async Task A_second_401_is_returned_as_it_is_with_the_new_tokens_and_no_loop()
    {
        var second = ScriptedBank.Json(401, V4Bodies.Error("401", "UK.OBIE.Header.Invalid", "Authorization"), "second-iid");
        var (client, bank) = Client(
            [Unauthorised, second],
            ScriptedBank.Json(200, """{"access_token":"new-access","token_type":"Bearer","expires_in":300,"refresh_token":"new-refresh"}"""));

        var outcome = await Read(client);

        var error = outcome.Result.LeftOf<ApiError, ResourcePage<Account>>();
        Assert.Multiple(() =>
        {
            Assert.That(error.Status, Is.EqualTo(401));
            Assert.That(error.InteractionId, Is.EqualTo("second-iid"));
            Assert.That(outcome.Refreshed, Is.True);
            Assert.That(outcome.Tokens.AccessToken, Is.EqualTo("new-access"));
            Assert.That(bank.Requests, Has.Count.EqualTo(3));
        });
    }

    [Test]
    public async Task A_401_without_a_refresh_token_is_returned_without_refreshing()
    {
        var (client, bank) = Client([Unauthorised]);

        var outcome = await Read(client, Tokens with { RefreshToken = null });

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Result.LeftOf<ApiError, ResourcePage<Account>>().Status, Is.EqualTo(401));
            Assert.That(outcome.Refreshed, Is.False);
            Assert.That(bank.Requests, Has.Count.EqualTo(1));
        });
    }

    [TestCase(401)]
    [TestCase(403)]
    public async Task A_bank_demanding_reauthentication_is_a_Reauthenticate_error_and_no_refresh(int status)
    {
        var (client, bank) = Client([ScriptedBank.Json(status, V4Bodies.Error($"{status}", "UK.OBIE.Reauthenticate", ""))]);

        var outcome = await Read(client);

        var error = outcome.Result.LeftOf<ReauthenticateError, ResourcePage<Account>>();
        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Does.Contain("GET accounts: the PSU must authorise again"));
            Assert.That(((ApiError)error.Cause!).Status, Is.EqualTo(status));
            Assert.That(outcome.Refreshed, Is.False);
            Assert.That(bank.Requests, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task A_refused_refresh_token_means_the_PSU_must_authorise_again()
    {
        var (client, bank) = Client([Unauthorised],
            ScriptedBank.Json(400, """{"error":"invalid_grant","error_description":"refresh token expired"}"""));

        var outcome = await Read(client);

        var error = outcome.Result.LeftOf<ReauthenticateError, ResourcePage<Account>>();
        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Does.Contain("refresh token with invalid_grant"));
            Assert.That(error.Message, Does.Not.Contain("old-refresh"));
            Assert.That(outcome.Tokens, Is.SameAs(Tokens));
            Assert.That(bank.Requests, Has.Count.EqualTo(2));
        });
    }

    [Test]
    public async Task Another_refresh_failure_is_returned_as_it_is()
    {
        var (client, _) = Client([Unauthorised], ScriptedBank.Json(401, """{"error":"invalid_client"}"""));

        var outcome = await Read(client);

        Assert.That(outcome.Result.LeftOf<ProtocolError, ResourcePage<Account>>().Error, Is.EqualTo("invalid_client"));
    }

    [Test]
    public async Task A_refusal_for_the_consent_status_after_refresh_names_the_consent()
    {
        var (client, _) = Client(
            [Unauthorised, ScriptedBank.Json(403, V4Bodies.Error("403", "UK.OBIE.Resource.InvalidConsentStatus", ""))],
            ScriptedBank.Json(200, """{"access_token":"new-access","token_type":"Bearer","expires_in":300}"""));

        var outcome = await Read(client);

        var error = outcome.Result.LeftOf<ConsentNotUsableError, ResourcePage<Account>>();
        Assert.Multiple(() =>
        {
            Assert.That(error.ConsentId, Is.EqualTo(V4Bodies.ConsentId));
            Assert.That(error.Problem, Is.EqualTo(ConsentProblem.StatusUnknown));
        });
    }

    [Test]
    public void The_result_never_prints_a_token()
    {
        var printed = new RefreshedResult<int>(1, Tokens with { IdToken = "id-token-value" }, true).ToString();

        Assert.That(printed, Does.Not.Contain("old-access").And.Not.Contain("old-refresh").And.Not.Contain("id-token-value"));
    }
}
