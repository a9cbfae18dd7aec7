using ApprovalTests;
using ApprovalTests.Reporters;
using LanguageExt;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using MockAspsp.Features.Pisp;
using MockAspsp.Hosting;
using MockAspsp.TestSupport;
using NUnit.Framework;
using OpenBanking.Core.Accounts;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Flows;
using OpenBanking.Core.Http;
using OpenBanking.Core.Io;
using OpenBanking.Core.Payments;
using OpenBanking.Core.Protocol;
using OpenBanking.TestSupport;

namespace MockAspsp.Tests.EndToEnd;

/// <summary>
/// The library's payment flow against the mock bank, for every payment type: in memory with every exchange approved
/// (JWS headers decoded, signatures scrubbed), over real mutual TLS on the bank's real clock, through a lost answer,
/// and read back through the Account and Transaction API. The bank checks every x-jws-signature it is sent over the
/// bytes it received, with its own verifier; the library checks every one it gets back.
/// </summary>
[UseReporter(typeof(QuietReporter))]
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public class PaymentFlowTests
{
    private const string Client = "obfx-demo-private-key-jwt";

    private static IEnumerable<PaymentScript.Script> Scripts => PaymentScript.All(TestBank.Start);

    // Settlement as soon as the payment is made, so one reading after the submission is final and the snapshot is stable.
    private static MockAspspOptions AtOnce(MockAspspOptions options) => options with { SettlementStartSeconds = 0, SettlementCompleteSeconds = 0 };

    private static PaymentClient Library(TestBank bank, IRequestInterpreter http, IdSource? ids = null) =>
        new(DemoConfig(bank).Validate().Right(), http, bank.Time, ids ?? IdSource.Sequential());

    private static OpenBanking.Core.Configuration.ApiConfig DemoConfig(TestBank bank) =>
        DemoConfigs.For(bank.Bank, bank.Bank.Clients.Find(Client)!.Registration) with { SubmissionRetryDelay = TimeSpan.Zero };

    // One [Test] per type: ApprovalTests names the approved file after the test method it finds on the stack.
    [Test]
    public async Task Domestic_payment() => Approvals.Verify(await Exchanges("domestic payment"));

    [Test]
    public async Task Domestic_scheduled_payment() => Approvals.Verify(await Exchanges("domestic scheduled payment"));

    [Test]
    public async Task Domestic_standing_order() => Approvals.Verify(await Exchanges("domestic standing order"));

    [Test]
    public async Task International_payment() => Approvals.Verify(await Exchanges("international payment"));

    [Test]
    public async Task International_scheduled_payment() => Approvals.Verify(await Exchanges("international scheduled payment"));

    [Test]
    public async Task International_standing_order() => Approvals.Verify(await Exchanges("international standing order"));

    [Test]
    public async Task File_payment() => Approvals.Verify(await Exchanges("file payment"));

    /// <summary>The payment type's whole flow in memory: it must end final, every payment POST and answer signed; its exchanges rendered.</summary>
    private static async Task<string> Exchanges(string type)
    {
        await using var bank = await TestBank.StartAsync(AtOnce);
        var recording = new RecordingInterpreter(bank.Interpreter(bank.Transport));

        var ending = await PaymentScript.Named(type, TestBank.Start).Pay(Library(bank, recording), recording, "amelia", TimeSpan.Zero).Right();

        var payments = recording.Exchanges.Where(e => e.Request.Uri.AbsolutePath.Contains("/pisp/", StringComparison.Ordinal)).ToList();
        Assert.That(ending.Progress.IsFinal, Is.True, ending.Progress.ToString());
        Assert.That(ending.Progress.Status, Is.AnyOf("AcceptedSettlementCompleted", "InitiationCompleted"));
        Assert.That(ending.History, Is.Not.Empty);
        Assert.That(payments.Where(e => e.Request.Method == HttpMethod.Post).Select(e => e.Request.Header(FapiHeaders.JwsSignature)), Has.All.Not.Null, "every payment POST is signed");
        Assert.That(payments.Where(e => e.Response!.Status < 300 && e.Response.Body.Length > 0).Select(e => e.Response!.Header(FapiHeaders.JwsSignature)), Has.All.Not.Null, "every payment answer is signed");
        return ExchangeSnapshot.Render(recording.Exchanges);
    }

    [Test]
    public async Task A_lost_answer_to_a_processed_submission_is_retried_and_the_bank_pays_once()
    {
        await using var bank = await TestBank.StartAsync(AtOnce);
        var lossy = new LoseFirstAnswer(bank.Interpreter(bank.Transport), request =>
            request.Method == HttpMethod.Post && request.Uri.AbsolutePath.EndsWith("/pisp/domestic-payments", StringComparison.Ordinal));
        var recording = new RecordingInterpreter(lossy);
        var client = Library(bank, recording);
        var before = Ledger.Available(bank.State, "1001", bank.Time.GetUtcNow(), bank.Bank.Options);

        var outcome = await PaymentScript.Run(client, recording, PaymentKinds.Domestic,
            PaymentInitiation.CreateDomesticPaymentConsent(PaymentScript.Domestic(40.00m)), "amelia", TimeSpan.Zero).Right();

        var submissions = recording.Exchanges.Where(e => e.Request.Operation == "POST domestic-payments").ToList();
        Assert.That(lossy.Lost, Is.EqualTo(1), "the bank processed the first submission and its answer was lost");
        Assert.That(submissions, Has.Count.EqualTo(2));
        Assert.That(submissions[1].Request, Is.EqualTo(submissions[0].Request), "the retry is the same request: key, bytes and signature");
        Assert.That(outcome.Submitted.DomesticPaymentId, Is.EqualTo(bank.State.Payments.Values.Single().PaymentId), "the bank answered the retry with the payment it had made");
        Assert.That(bank.State.Payments, Has.Count.EqualTo(1));
        Assert.That(Ledger.Debits(bank.State, "1001", bank.Time.GetUtcNow(), bank.Bank.Options), Has.Count.EqualTo(1));
        Assert.That(Ledger.Available(bank.State, "1001", bank.Time.GetUtcNow(), bank.Bank.Options), Is.EqualTo(before - 40.00m));
    }

    [Test]
    public async Task A_settled_payment_is_read_back_through_the_account_api()
    {
        await using var bank = await TestBank.StartAsync();
        var http = bank.Interpreter(bank.Transport);
        // One id source for both clients: each client assertion needs a jti the bank has not seen.
        var ids = IdSource.Sequential();
        var accounts = new AccountInformationClient(bank.Config(Client), http, bank.Time, ids);
        var payments = Library(bank, http, ids);
        var access = await (
            from pending in accounts.BeginAccountAccess(PaymentScript.AccountAccess(TestBank.Start))
            from approval in http.Send(Headless.Approval(pending.ConsentUrl.Url, "amelia"))
            from grant in accounts.CompleteAccountAccess(pending, Headless.RedirectUrl(approval))
            select grant).Right();
        var before = await Available(accounts, access.AccessToken);

        var outcome = await PaymentScript.Run(payments, http, PaymentKinds.Domestic,
            PaymentInitiation.CreateDomesticPaymentConsent(PaymentScript.Domestic(75.25m)), "amelia", TimeSpan.Zero).Right();
        bank.Time.Advance(TimeSpan.FromSeconds(bank.Bank.Options.SettlementCompleteSeconds));
        var clientToken = await payments.ClientCredentialsToken("payments").Right();
        var settled = await payments.FollowPayment(PaymentKinds.Domestic, clientToken.AccessToken, outcome.Submitted.DomesticPaymentId, TimeSpan.Zero).Right();
        var transactions = await accounts.ReadAll(access.AccessToken, AccountInformation.Transactions(new TransactionQuery("1001"))).Right();
        var after = await Available(accounts, access.AccessToken);

        var debit = transactions.Single(t => t.TransactionReference == "FRESCO-101");
        Assert.That(outcome.Progress.Status, Is.EqualTo("Pending"));
        Assert.That(settled.Progress.Status, Is.EqualTo("AcceptedSettlementCompleted"));
        Assert.That((debit.Status, debit.CreditDebitIndicator, debit.Amount.Amount), Is.EqualTo((EntryStatus.Booked, CreditDebitIndicator.Debit, 75.25m)));
        Assert.That(after, Is.EqualTo(before - 75.25m));
    }

    [Test]
    public async Task Funds_the_account_does_not_have_stop_the_flow_before_anything_is_submitted()
    {
        await using var bank = await TestBank.StartAsync(AtOnce);
        var recording = new RecordingInterpreter(bank.Interpreter(bank.Transport));

        var error = await PaymentScript.Run(Library(bank, recording), recording, PaymentKinds.Domestic,
            PaymentInitiation.CreateDomesticPaymentConsent(PaymentScript.Domestic(999999.00m)), "amelia", TimeSpan.Zero).Left();

        Assert.That(((ValidationError)error).Check, Is.EqualTo("funds-confirmation"));
        Assert.That(recording.Exchanges.Select(e => e.Request.Operation), Does.Not.Contain("POST domestic-payments"));
        Assert.That(bank.State.Payments, Is.Empty);
    }

    private static async Task<decimal> Available(AccountInformationClient client, string token) =>
        (await client.Send(token, AccountInformation.Balances("1001")).Right()).Items.Single(b => b.Type == BalanceType.InterimAvailable).Amount.Amount;

    /// <summary>Passes requests on; for the first one <paramref name="matches"/> picks, the bank's answer is thrown away and the connection "closes".</summary>
    private sealed class LoseFirstAnswer(IRequestInterpreter inner, Func<HttpRequestSpec, bool> matches) : IRequestInterpreter
    {
        private int _lost;

        public int Lost => _lost;

        public EitherAsync<OpenBankingError, HttpResponseSpec> Send(HttpRequestSpec request, CancellationToken cancellationToken = default) =>
            inner.Send(request, cancellationToken).Bind(response =>
                matches(request) && Interlocked.CompareExchange(ref _lost, 1, 0) == 0
                    ? Prelude.LeftAsync<OpenBankingError, HttpResponseSpec>(new TransportError(request.Uri.Authority, TransportFailure.ConnectionClosed, "the connection closed before the answer arrived"))
                    : Prelude.RightAsync<OpenBankingError, HttpResponseSpec>(response));
    }
}

/// <summary>Every payment type over real mutual TLS, on the bank's real clock: settlement is waited for, not faked.</summary>
[NonParallelizable]
public class PaymentFlowOverMutualTlsTests
{
    private WebApplication _app = null!;
    private MockBank _bank = null!;
    private string _folder = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _folder = Directory.CreateTempSubdirectory("mock-aspsp-payments-").FullName;
        _app = MockAspspApp.Create([], new MockAspspOptions
        {
            Url = "https://127.0.0.1:0", CertificatesFolder = _folder, SettlementStartSeconds = 0, SettlementCompleteSeconds = 1,
        });
        await _app.StartAsync();
        _bank = _app.Services.GetRequiredService<MockBank>();
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private static IEnumerable<PaymentScript.Script> Scripts => PaymentScript.All(DateTimeOffset.UtcNow);

    [TestCaseSource(nameof(Scripts))]
    public async Task Every_payment_type_settles_over_real_mutual_tls(PaymentScript.Script script)
    {
        var config = DemoConfigs.For(_bank, _bank.Clients.Find("obfx-demo-tls-client-auth")!.Registration).Validate().Right();
        using var http = HttpClientInterpreter.Create(config).Right();
        var client = new PaymentClient(config, http);

        var ending = await script.Pay(client, http, "northwind", TimeSpan.FromSeconds(10)).Right();

        Assert.That(ending.Progress.IsFinal, Is.True, ending.Progress.ToString());
        Assert.That(ending.Progress.Status, Is.AnyOf("AcceptedSettlementCompleted", "InitiationCompleted"));
        Assert.That(ending.IdempotencyKey, Does.Match("^[0-9a-f-]{36}$"));
    }
}
