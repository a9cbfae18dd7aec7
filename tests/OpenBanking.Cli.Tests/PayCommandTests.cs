using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using MockAspsp.Seed;
using NUnit.Framework;
using OpenBanking.Cli.Support;
using OpenBanking.Cli.Tests.Support;

namespace OpenBanking.Cli.Tests;

/// <summary>
/// obx pay and obx demo --pay in-process: against the embedded mock bank (on a real port, real mutual TLS, its clock the
/// test's, going ten times as fast so that a payment settles), and with --config against a mock started on 127.0.0.1.
/// </summary>
[NonParallelizable]
public partial class PayCommandTests
{
    private const string Client = "obfx-demo-private-key-jwt";

    private static readonly string[] Payee = ["--creditor-sort-code", "20-00-00", "--creditor-account", "55779911", "--creditor-name", "Acme Energy Ltd"];

    private string _work = null!;

    [OneTimeSetUp]
    public void Work() => _work = Directory.CreateTempSubdirectory("obx-pay-tests-").FullName;

    [OneTimeTearDown]
    public void Clean() => Directory.Delete(_work, recursive: true);

    [Test]
    public async Task Pay_follows_the_payment_until_settled_and_reads_the_debit_and_the_lower_balance_back_through_the_account_api()
    {
        var terminal = new TestTerminal(_work);
        var debtor = SeedData.Bank.AccountsOf("amelia").First(a => a.Currency == "GBP" && a.AccountSubType == "CurrentAccount").AccountId;

        var exit = await terminal.RunWithClockGoing("pay", "--work", _work);

        var screen = terminal.Screen.ToString();
        Assert.That(exit, Is.EqualTo(ExitCodes.Success), $"{screen}\n{terminal.Error}");
        Assert.Multiple(() =>
        {
            foreach (var step in new[]
                     {
                         "Account access consent approved by amelia", "Accounts and balances before paying", "Client credentials token (scope payments)",
                         "Domestic payment consent created", "Consent URL with a signed request object", $"PSU amelia approves (headless), paying from account {debtor}",
                         "Code exchanged, id_token checked", "Funds confirmed", "Payment submitted (x-idempotency-key ", "Payment followed until its status is final",
                         "Payment-details read", $"Transactions of account {debtor}", $"Balances of account {debtor}", "Account access consent deleted",
                     })
            {
                Assert.That(screen, Does.Contain($"✓ {step}"), step);
            }

            Assert.That(screen, Does.Match(@"Status\s+AcceptedSettlementCompleted at "));
            Assert.That(screen, Does.Match(@"Payment-details\s+Pending .* → AcceptedSettlementInProcess .* → AcceptedSettlementCompleted"));
            Assert.That(screen, Does.Match($@"│ \d{{4}}-\d\d-\d\d │ {debtor}\s+│ -10\.50 │ GBP\s+│ PAYMENT TO ACME ENERGY LTD"));
            Assert.That(screen, Does.Contain("The debit is Booked"));
            var balance = AvailableBalance().Match(screen);
            Assert.That(balance.Success, Is.True, "the available balance before and after");
            Assert.That(Amount(balance.Groups["before"].Value) - Amount(balance.Groups["after"].Value), Is.EqualTo(10.50m));
            Assert.That(terminal.Error.ToString(), Is.Empty);
        });
    }

    [Test]
    public async Task Pay_json_carries_the_settled_payment_its_idempotency_key_and_the_debit_on_the_account_the_psu_chose()
    {
        var terminal = new TestTerminal(_work);

        var exit = await terminal.RunWithClockGoing("pay", "--json", "--work", _work, "--psu", "oliver", "--from", "2002", "--amount", "0.01",
            "--creditor-iban", "gb82 west 1234 5698 7654 32", "--creditor-name", "Jane Doe", "--reference", "Rent December");

        Assert.That(exit, Is.EqualTo(ExitCodes.Success), terminal.Error.ToString());
        var json = JsonDocument.Parse(terminal.Output.ToString()).RootElement;
        var payment = json.GetProperty("payment");
        var readBack = payment.GetProperty("read_back");
        var key = payment.GetProperty("idempotency_key").GetString()!;
        Assert.Multiple(() =>
        {
            Assert.That(payment.GetProperty("status").GetString(), Is.EqualTo("AcceptedSettlementCompleted"));
            Assert.That(payment.GetProperty("final").GetBoolean(), Is.True);
            Assert.That(key, Is.Not.Empty);
            Assert.That(json.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("name").GetString()), Does.Contain($"Payment submitted (x-idempotency-key {key})"));
            Assert.That(payment.GetProperty("payment").GetProperty("Initiation").GetProperty("CreditorAccount").GetProperty("Identification").GetString(), Is.EqualTo("GB82WEST12345698765432"));
            Assert.That(payment.GetProperty("payment_details").EnumerateArray().Select(s => s.GetProperty("Status").GetString()).Last(), Is.EqualTo("AcceptedSettlementCompleted"));
            Assert.That(readBack.GetProperty("account_id").GetString(), Is.EqualTo("2002"));
            Assert.That(readBack.GetProperty("debit").GetProperty("TransactionId").GetString(), Is.EqualTo(payment.GetProperty("payment_id").GetString()));
            Assert.That(readBack.GetProperty("debit").GetProperty("CreditDebitIndicator").GetString(), Is.EqualTo("Debit"));
            Assert.That(readBack.GetProperty("debit").GetProperty("Status").GetString(), Is.EqualTo("Booked"));
            Assert.That(Amount(readBack.GetProperty("available_before")) - Amount(readBack.GetProperty("available_after")), Is.EqualTo(0.01m));
            Assert.That(terminal.Screen.ToString(), Is.Empty, "--json writes nothing but the JSON");
        });
    }

    [Test]
    public async Task Pay_record_writes_a_fixture_that_obx_check_passes_with_no_violation_of_any_severity()
    {
        var pay = new TestTerminal(_work);
        Assert.That(await pay.RunWithClockGoing("pay", "--auth", "tls_client_auth", "--record", "recorded-pay", "--work", _work), Is.EqualTo(ExitCodes.Success), pay.Error.ToString());
        var check = new TestTerminal(_work);

        var exit = await check.Run("check", "recorded-pay/pay-tls-client-auth.json", "--severity", "info");

        Assert.That(exit, Is.EqualTo(ExitCodes.Success), check.Output.ToString());
        Assert.That(check.Output.ToString(), Does.Match(@"recorded-pay/pay-tls-client-auth\.json: \d+ exchanges, no violations, rules run " + OpenBanking.Conformance.Rules.RuleCatalogue.All.Count));
        var fixture = JsonDocument.Parse(File.ReadAllText(Path.Combine(_work, "recorded-pay", "pay-tls-client-auth.json"))).RootElement;
        var metadata = fixture.GetProperty("metadata");
        var submission = fixture.GetProperty("exchanges").EnumerateArray()
            .Single(e => e.GetProperty("request").GetProperty("method").GetString() == "POST" && e.GetProperty("request").GetProperty("url").GetString()!.EndsWith("/pisp/domestic-payments", StringComparison.Ordinal))
            .GetProperty("request").GetProperty("headers").EnumerateArray().ToDictionary(h => h[0].GetString()!, h => h[1].GetString()!);
        Assert.Multiple(() =>
        {
            Assert.That(metadata.GetProperty("api_version").GetString(), Is.EqualTo("v3.1.11"));
            Assert.That(metadata.GetProperty("pisp_base_path").GetString(), Is.EqualTo("/open-banking/v3.1/pisp"));
            Assert.That(metadata.GetProperty("token_endpoint").GetString(), Does.EndWith("/token"));
            Assert.That(metadata.GetProperty("auth_method").GetString(), Is.EqualTo("tls_client_auth"));
            Assert.That(submission["x-jws-signature"], Does.EndWith("..<signature>"));
            Assert.That(pay.Screen.ToString(), Does.Contain($"x-idempotency-key {submission["x-idempotency-key"]}"));
        });
    }

    [Test]
    public async Task Pay_more_than_the_account_holds_stops_at_the_funds_confirmation_and_submits_nothing()
    {
        var terminal = new TestTerminal(_work);

        var exit = await terminal.RunWithClockGoing("pay", "--amount", "999999", "--work", _work);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.Problem));
            Assert.That(terminal.Error.ToString(), Does.StartWith("obx: Funds confirmed: Check 'funds-confirmation' failed: the bank says funds are not available"));
            Assert.That(terminal.Screen.ToString(), Does.Contain("✗ Funds confirmed").And.Not.Contain("Payment submitted"));
        });
    }

    [TestCase(new[] { "--amount", "0", "--currency", "gbp", "--creditor-sort-code", "12-34-56", "--creditor-account", "1234567" },
        new[] { "obx: --amount: 0 is not more than zero", "obx: --currency: 'gbp' is not a currency code",
            "obx: --creditor-sort-code/--creditor-account/--creditor-iban: '1234561234567' is not a sort code and account number" })]
    [TestCase(new[] { "--amount", "abc", "--creditor-iban", "GB00WEST12345698765432", "--creditor-sort-code", "20-00-00" },
        new[] { "obx: --amount: 'abc' is not an amount", "obx: --creditor-iban: give the payee's IBAN or its sort code and account number, not both" })]
    [TestCase(new[] { "--creditor-iban", "GB00WEST12345698765432", "--reference", "a reference far longer than thirty-five characters" },
        new[] { "obx: --creditor-sort-code/--creditor-account/--creditor-iban: 'GB00WEST12345698765432'", "obx: --reference: has 50 characters, more than 35" })]
    public async Task Bad_payment_input_is_every_problem_on_its_own_line_with_exit_code_2_and_the_bank_never_started(string[] input, string[] problems)
    {
        var terminal = new TestTerminal(_work);
        var work = Path.Combine(_work, $"never-{Guid.NewGuid():N}");

        var exit = await terminal.Run(["pay", "--work", work, .. input]);

        var lines = terminal.Error.ToString().TrimEnd('\n').Split('\n');
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.Problem));
            Assert.That(lines, Has.Length.EqualTo(problems.Length), terminal.Error.ToString());
            for (var i = 0; i < Math.Min(lines.Length, problems.Length); i++)
            {
                Assert.That(lines[i], Does.StartWith(problems[i]));
            }

            Assert.That(terminal.Screen.ToString() + terminal.Output, Is.Empty);
            Assert.That(Directory.Exists(work), Is.False, "the embedded bank was never started (its certificates never made)");
        });
    }

    [TestCase(new[] { "--amount", "0", "--currency", "gbp", "--creditor-sort-code", "12-34-56", "--creditor-account", "1234567", "--creditor-name", "Acme" }, 3)]
    [TestCase(new string[0], 3)]
    [TestCase(new[] { "--amount", "1", "--creditor-sort-code", "200000", "--creditor-name", "Acme" }, 1)]
    [TestCase(new[] { "--amount", "1", "--creditor-iban", "GB82WEST12345698765432", "--creditor-name", "Acme", "--psu", "oliver", "--from", "2001" }, 1)]
    public async Task Pay_with_config_checks_the_order_before_anything_is_sent(string[] input, int problems)
    {
        var terminal = new TestTerminal(Path.GetTempPath());
        await using var bank = await RunningBank.StartAsync(terminal.Time);
        var config = bank.WriteConfig(Client);

        var exit = await terminal.Run(["pay", "--config", config, .. input]);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.Problem));
            Assert.That(terminal.Error.ToString().TrimEnd('\n').Split('\n'), Has.Length.EqualTo(problems).And.All.StartWith("obx: --"), terminal.Error.ToString());
            Assert.That(bank.Bank.Store.Current.AccessTokens, Is.Empty, "no token was asked for");
            Assert.That(bank.Bank.Store.Current.PaymentConsents, Is.Empty);
        });
    }

    [TestCase(Client, "org_id", "configure org_id and software_statement_id")]
    [TestCase("obfx-demo-client-secret-basic", "signing_key", "configure signing_key and kid")]
    public async Task Pay_with_a_config_that_cannot_sign_is_refused_in_the_librarys_words_before_anything_is_sent(string client, string missing, string words)
    {
        var terminal = new TestTerminal(Path.GetTempPath());
        await using var bank = await RunningBank.StartAsync(terminal.Time);
        var config = bank.WriteConfig(client, c => missing == "org_id" ? c with { OrgId = null, SoftwareStatementId = null } : c with { SigningKey = null, Kid = null });

        var exit = await terminal.Run(["pay", "--config", config, "--amount", "1", .. Payee]);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.Problem));
            Assert.That(terminal.Error.ToString(), Does.StartWith($"obx: {config}: Check 'x-jws-signature' failed: ").And.Contain(words));
            Assert.That(terminal.Error.ToString().TrimEnd('\n').Split('\n'), Has.Length.EqualTo(1));
            Assert.That(bank.Bank.Store.Current.AccessTokens, Is.Empty, "no token was asked for");
        });
    }

    [Test]
    public async Task Pay_with_config_takes_the_pasted_redirect_prints_the_settled_payment_and_records_a_fixture_obx_check_passes()
    {
        var terminal = new TestTerminal(Path.GetTempPath());
        // Settled at submission, so that the payment is final at its first reading.
        await using var bank = await RunningBank.StartAsync(terminal.Time, o => o with { SettlementStartSeconds = 0, SettlementCompleteSeconds = 0 });
        var config = bank.WriteConfig(Client);
        var record = Path.Combine(bank.Folder, "recorded");

        var pay = terminal.Run(["pay", "--config", config, "--amount", "12.34", "--reference", "INV 42", "--record", record, .. Payee]);
        var consentUrl = await terminal.WaitForLine($"{bank.Bank.Issuer.Value}/authorize?");
        terminal.Input.Paste(await bank.Approve(consentUrl, "oliver"));
        var exit = await pay;
        var check = new TestTerminal(bank.Folder);
        var checkExit = await check.Run("check", Path.Combine("recorded", $"pay-{Client}.json"), "--severity", "info");

        var screen = terminal.Screen.ToString();
        Assert.That(exit, Is.EqualTo(ExitCodes.Success), $"{screen}\n{terminal.Error}");
        var payment = bank.Bank.Store.Current.Payments.Values.Single();
        Assert.Multiple(() =>
        {
            Assert.That(terminal.Opened.Single().AbsoluteUri, Is.EqualTo(consentUrl), "the consent URL was offered to the browser");
            Assert.That(screen, Does.Match($@"Payment\s+{payment.PaymentId}"));
            Assert.That(screen, Does.Contain("12.34 GBP").And.Contain("INV 42").And.Match(@"Status\s+AcceptedSettlementCompleted"));
            Assert.That(screen, Does.Contain("✓ Payment submitted (x-idempotency-key ").And.Contain("✓ Payment-details read"));
            Assert.That(screen, Does.Not.Contain("Read back"), "a real bank's accounts are not read");
            Assert.That(payment.DebtorAccountId, Is.EqualTo("2001"), "the PSU's account, chosen at the bank");
            Assert.That(terminal.Error.ToString(), Is.Empty);
            Assert.That(checkExit, Is.EqualTo(ExitCodes.Success), check.Output.ToString());
            Assert.That(check.Output.ToString(), Does.Contain(" exchanges, no violations"));
        });
    }

    [Test]
    public async Task Demo_pay_runs_the_account_flow_then_the_payment_on_the_same_bank_in_one_json_document()
    {
        var terminal = new TestTerminal(_work);

        var exit = await terminal.RunWithClockGoing("demo", "--pay", "--json", "--work", _work);

        Assert.That(exit, Is.EqualTo(ExitCodes.Success), terminal.Error.ToString());
        var json = JsonDocument.Parse(terminal.Output.ToString()).RootElement;
        var steps = json.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(steps.IndexOf("Consent deleted"), Is.LessThan(steps.IndexOf("Domestic payment consent created")), "the account flow first");
            Assert.That(steps, Has.Count.EqualTo(9 + 14));
            Assert.That(json.GetProperty("accounts").GetArrayLength(), Is.EqualTo(SeedData.Bank.AccountsOf("amelia").Count()));
            Assert.That(json.GetProperty("payment").GetProperty("status").GetString(), Is.EqualTo("AcceptedSettlementCompleted"));
            Assert.That(json.GetProperty("payment").GetProperty("read_back").GetProperty("debit").GetProperty("Amount").GetProperty("Amount").ToString(), Is.EqualTo("10.50"));
        });
    }

    private static decimal Amount(string shown) => decimal.Parse(shown, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    private static decimal Amount(JsonElement balance) =>
        decimal.Parse(balance.GetProperty("Amount").GetProperty("Amount").ToString(), CultureInfo.InvariantCulture)
        * (balance.GetProperty("CreditDebitIndicator").GetString() == "Debit" ? -1 : 1);

    [GeneratedRegex(@"Available balance: (?<before>[\d,.]+) GBP before, (?<after>[\d,.]+) GBP after \(-10\.50\)")]
    private static partial Regex AvailableBalance();
}
