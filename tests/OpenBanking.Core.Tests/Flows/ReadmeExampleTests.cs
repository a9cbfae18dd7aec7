using OpenBanking.Core.Api;
using LanguageExt;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using OpenBanking.Core.Accounts;
using OpenBanking.Core.Authorization;
using OpenBanking.Core.Flows;
using OpenBanking.Core.Http;
using OpenBanking.Core.OAuth;
using OpenBanking.Core.Tests.Support;
using OpenBanking.TestSupport;

namespace OpenBanking.Core.Tests.Flows;

/// <summary>The README's code, as written there, against the scripted bank: if the README's C# stops compiling or working, this fails.</summary>
public class ReadmeExampleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task The_two_pipelines()
    {
        var validated = TestConfig.Valid();
        var http = new ScriptedBank(r => FakeBank.Answer(r));
        var client = new AccountInformationClient(validated, http, new FakeTimeProvider(Now));

        var begun = await client.BeginAccountAccess().ToEither();
        var pending = begun.IfLeft(e => throw new InvalidOperationException(e.ToString()));
        var redirectUrlThePsuLandedOn = FakeBank.Redirect(pending.ConsentUrl, Now);

        var result = await (
            from grant in client.CompleteAccountAccess(pending, redirectUrlThePsuLandedOn)
            from accounts in client.Send(grant.AccessToken, AccountInformation.Accounts())
            from balances in client.Send(grant.AccessToken, AccountInformation.Balances())
            from transactions in client.ReadAll(grant.AccessToken, AccountInformation.Transactions())
            select (accounts, balances, transactions)).ToEither();

        var summary = result.Match(
            Right: r => $"{r.accounts.Items.Count} accounts, {r.transactions.Count} transactions",
            Left: error => error.ToString());
        Assert.That(summary, Is.EqualTo("1 accounts, 6 transactions"));
    }

    [Test]
    public async Task Step_by_step()
    {
        var client = new AccountInformationClient(TestConfig.Valid(), new ScriptedBank(r => FakeBank.Answer(r)), new FakeTimeProvider(Now));
        var code = FakeBank.Code;

        var token = await client.ClientCredentialsToken().ToEither();
        var consent = await token.ToAsync().Bind(t => client.CreateConsent(t.AccessToken)).ToEither();
        var url = consent.Bind(c => client.ConsentUrl(c.ConsentId));
        var tokens = await client.ExchangeCode(code).ToEither();
        var accounts = await tokens.ToAsync().Bind(t => client.Send(t.AccessToken, AccountInformation.Accounts())).ToEither();

        Assert.That(url.Right().Url.AbsoluteUri, Does.StartWith("https://aspsp.example.com/auth?client_id="));
        Assert.That(accounts.Right().Items.Single().AccountId, Is.EqualTo("22289"));
    }

    [Test]
    public async Task Every_resource_one_page_every_page_or_every_item()
    {
        var http = new ScriptedBank(r => r.Uri.AbsolutePath == "/open-banking/v3.1/aisp/transactions" ? FakeBank.Answer(r) : ResourceClientTests.Answer(r));
        var client = new AccountInformationClient(TestConfig.Valid(), http, new FakeTimeProvider(Now));
        var accessToken = "user-access-token";
        var lines = new List<string>();

        // One page of any resource
        var orders = await client.Send(accessToken, AccountInformation.StandingOrders("22289")).ToEither();

        // Every page as it arrives: Links.Next followed (same origin only), loops and Meta.TotalPages checked, at most maxPages
        var lastWeek = new TransactionQuery(FromBookingDateTime: Now.AddDays(-7));
        await foreach (var page in client.Pages(accessToken, AccountInformation.Transactions(lastWeek), maxPages: 20))
        {
            page.Match(
                Right: p => lines.Add($"{p.Items.Count} transactions"),
                Left: error => lines.Add(error.ToString()));
        }

        // Every item of every page
        var statements = await client.ReadAll(accessToken, AccountInformation.Statements(new StatementQuery("22289", Now.AddYears(-1), Now))).ToEither();

        // A statement as a file (a PDF unless you ask for another format)
        var file = await client.Send(accessToken, AccountInformation.StatementFile("22289", "8001")).ToEither();

        Assert.That(orders.Right().Items.Single().Frequency, Is.EqualTo("IntrvlMnthDay:01:-01"));
        Assert.That(lines, Is.EqualTo(new[] { "2 transactions", "2 transactions", "2 transactions" }));
        Assert.That(statements.Right(), Has.Count.EqualTo(2));
        Assert.That(file.Right().ToString(), Does.StartWith("application/pdf, ").And.EndWith("bytes, statement-8001.pdf"));
    }

    [Test]
    public void Inspect_a_request_without_sending_it()
    {
        var validated = TestConfig.Valid("client_secret_basic");

        var request = TokenRequests.ClientCredentials(validated, DateTimeOffset.UtcNow, assertionId: Guid.NewGuid().ToString()).Right();
        var consentUrl = RequestObject.ConsentUrl(validated, "urn-intent", Now, IdSource.Random);
        var page = AccountInformation.Transactions(new TransactionQuery("22289", Now.AddDays(-7), Now)).Build(new CallContext(validated, "access-token", "iid", DateTimeOffset.UnixEpoch));
        var url = consentUrl.Right();
        var requestObject = RequestObject.Create(validated, "urn-intent", url.State, url.Nonce, jti: Guid.NewGuid().ToString(), Now);

        Assert.That(request.ToString(), Does.StartWith("POST https://aspsp.example.com/token [Accept: application/json, Authorization: Basic ***] grant_type="));
        Assert.That(consentUrl.IsRight && page.IsRight, Is.True);
        Assert.That(requestObject.Right().Split('.'), Has.Length.EqualTo(3));
    }
}
