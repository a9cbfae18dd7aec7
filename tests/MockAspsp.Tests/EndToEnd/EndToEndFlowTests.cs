using ApprovalTests;
using ApprovalTests.Reporters;
using MockAspsp.Domain;
using MockAspsp.TestSupport;
using NUnit.Framework;
using OpenBanking.Core.Errors;
using OpenBanking.TestSupport;

namespace MockAspsp.Tests.EndToEnd;

/// <summary>
/// The library against the in-memory mock bank, one flow per client authentication method. Every request and
/// response is approved as a file beside this class (JWTs decoded, signatures, tokens and codes scrubbed).
/// </summary>
[UseReporter(typeof(QuietReporter))]
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public class EndToEndFlowTests
{
    [Test]
    public async Task Flow_with_private_key_jwt() => Approvals.Verify(await Flow("obfx-demo-private-key-jwt"));

    [Test]
    public async Task Flow_with_client_secret_basic() => Approvals.Verify(await Flow("obfx-demo-client-secret-basic"));

    [Test]
    public async Task Flow_with_client_secret_post() => Approvals.Verify(await Flow("obfx-demo-client-secret-post"));

    [Test]
    public async Task Flow_with_tls_client_auth() => Approvals.Verify(await Flow("obfx-demo-tls-client-auth"));

    [Test]
    public async Task A_denied_consent_ends_with_access_denied()
    {
        await using var bank = await TestBank.StartAsync();
        var recording = new RecordingInterpreter(bank.Interpreter(bank.Transport));
        var client = bank.Library("obfx-demo-private-key-jwt", recording);

        var error = await (
            from pending in client.BeginAccountAccess(FlowScript.Consent(TestBank.Start))
            from approval in recording.Send(Headless.Approval(pending.ConsentUrl.Url, "oliver", approve: false))
            from grant in client.CompleteAccountAccess(pending, Headless.RedirectUrl(approval))
            select grant).Left();

        Assert.That(((ProtocolError)error).Error, Is.EqualTo("access_denied"));
        Assert.That(bank.State.Consents.Values.Single().Status, Is.EqualTo(ConsentStatus.Rejected));
        Approvals.Verify(ExchangeSnapshot.Render(recording.Exchanges));
    }

    [Test]
    public async Task A_refused_client_assertion_stops_the_flow_at_the_token()
    {
        await using var bank = await TestBank.StartAsync();
        var recording = new RecordingInterpreter(bank.Interpreter(bank.Transport));
        // The TPP signs with a key the bank never registered.
        var stranger = System.Security.Cryptography.RSA.Create(2048);
        var config = DemoConfig(bank, "obfx-demo-private-key-jwt") with { SigningKey = stranger.ExportPkcs8PrivateKeyPem() };
        var client = new OpenBanking.Core.Flows.AccountInformationClient(config.Validate().Right(), recording, bank.Time, OpenBanking.Core.Http.IdSource.Sequential());

        var error = await client.BeginAccountAccess(FlowScript.Consent(TestBank.Start)).Left();

        Assert.That(error, Is.TypeOf<ProtocolError>().With.Property("Error").EqualTo("invalid_client").And.Property("Status").EqualTo(401));
        Assert.That(recording.Exchanges, Has.Count.EqualTo(1));
        Approvals.Verify(ExchangeSnapshot.Render(recording.Exchanges));
    }

    private static OpenBanking.Core.Configuration.ApiConfig DemoConfig(TestBank bank, string clientId) =>
        MockAspsp.Hosting.DemoConfigs.For(bank.Bank, bank.Bank.Clients.Find(clientId)!.Registration);

    // ApprovalTests finds the approved file through the [Test] method on the stack, so the caller verifies.
    private static async Task<string> Flow(string clientId)
    {
        await using var bank = await TestBank.StartAsync();
        var recording = new RecordingInterpreter(bank.Interpreter(bank.Transport));
        var client = bank.Library(clientId, recording);

        var outcome = await FlowScript.Run(client, recording, "amelia", TestBank.Start).Right();

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Accounts.Items.Select(a => a.AccountId), Is.EqualTo(new[] { "1001", "1002", "1003", "1004" }));
            Assert.That(outcome.Balances.Items, Has.Count.EqualTo(12));
            Assert.That(outcome.Transactions, Has.Count.GreaterThan(25), "more than one page");
            Assert.That(outcome.Transactions.Select(t => t.TransactionId), Is.Unique);
            Assert.That(outcome.Transactions.All(t => t.BookingDateTime.Month == 10 && t.BookingDateTime.Year == 2026), Is.True, "the consent's window");
            Assert.That(outcome.Grant.IdToken.ConsentId, Is.EqualTo(outcome.Grant.ConsentId));
            Assert.That(bank.State.Consents[outcome.Grant.ConsentId].Status, Is.EqualTo(ConsentStatus.Deleted));
            Assert.That(bank.State.AccessTokens.Values.Any(t => t.ConsentId == outcome.Grant.ConsentId), Is.False, "deleting the consent revokes its tokens");
        });
        return ExchangeSnapshot.Render(recording.Exchanges);
    }
}
