using System.Text.Json;
using MockAspsp.Seed;
using NUnit.Framework;
using OpenBanking.Cli.Support;
using OpenBanking.Cli.Tests.Support;

namespace OpenBanking.Cli.Tests;

/// <summary>obx demo, in-process: the mock on a real port with real mutual TLS, the library, the tables.</summary>
[NonParallelizable]
public class DemoCommandTests
{
    private string _work = null!;

    [OneTimeSetUp]
    public void Work() => _work = Directory.CreateTempSubdirectory("obx-demo-tests-").FullName;

    [OneTimeTearDown]
    public void Clean() => Directory.Delete(_work, recursive: true);

    [TestCase("private_key_jwt")]
    [TestCase("client_secret_basic")]
    [TestCase("client_secret_post")]
    [TestCase("tls_client_auth")]
    public async Task The_demo_runs_the_whole_flow_with_each_client_authentication_method(string auth)
    {
        var terminal = new TestTerminal(_work);

        var exit = await terminal.Run("demo", "--auth", auth, "--work", _work);

        var screen = terminal.Screen.ToString();
        Assert.That(exit, Is.EqualTo(ExitCodes.Success), $"{screen}\n{terminal.Error}");
        Assert.Multiple(() =>
        {
            foreach (var step in new[] { $"Client credentials token ({auth})", "Account access consent created", "Consent URL with a signed request object",
                         "PSU amelia approves (headless)", "Code exchanged, id_token checked", "Accounts", "Balances", "Transactions, every page", "Consent deleted" })
            {
                Assert.That(screen, Does.Contain($"✓ {step} ("), step);
            }

            foreach (var account in SeedData.Bank.AccountsOf("amelia"))
            {
                Assert.That(screen, Does.Contain(account.Nickname), account.AccountId);
            }

            Assert.That(screen, Does.Contain($"{SeedData.Bank.AccountsOf("amelia").Sum(a => SeedData.Bank.Transactions[a.AccountId].Length)} transactions"));
            Assert.That(terminal.Error.ToString(), Is.Empty);
        });
    }

    [Test]
    public async Task Demo_json_is_valid_json_matching_the_mock_banks_data()
    {
        var terminal = new TestTerminal(_work);

        var exit = await terminal.Run("demo", "--json", "--psu", "northwind", "--work", _work);

        Assert.That(exit, Is.EqualTo(ExitCodes.Success), terminal.Error.ToString());
        var json = JsonDocument.Parse(terminal.Output.ToString()).RootElement;
        var accounts = SeedData.Bank.AccountsOf("northwind").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(json.GetProperty("accounts").EnumerateArray().Select(a => a.GetProperty("AccountId").GetString()), Is.EqualTo(accounts.Select(a => a.AccountId)));
            Assert.That(json.GetProperty("balances").GetArrayLength(), Is.EqualTo(SeedData.Bank.Balances.Count(b => accounts.Any(a => a.AccountId == b.AccountId))));
            Assert.That(json.GetProperty("transactions").EnumerateArray().Select(t => t.GetProperty("TransactionId").GetString()).Order(),
                Is.EqualTo(accounts.SelectMany(a => SeedData.Bank.Transactions[a.AccountId]).Select(t => t.TransactionId).Order()));
            Assert.That(json.GetProperty("steps").GetArrayLength(), Is.EqualTo(9));
            Assert.That(terminal.Screen.ToString(), Is.Empty, "--json writes nothing but the JSON");
        });
    }

    [Test]
    public async Task Demo_record_writes_the_exchanges_as_a_fixture_without_secrets()
    {
        var terminal = new TestTerminal(_work);
        var record = Path.Combine(_work, "recorded");

        var exit = await terminal.Run("demo", "--auth", "client_secret_basic", "--record", record, "--work", _work);

        Assert.That(exit, Is.EqualTo(ExitCodes.Success), terminal.Error.ToString());
        var text = File.ReadAllText(Path.Combine(record, "demo-client-secret-basic.json"));
        var fixture = JsonDocument.Parse(text).RootElement;
        Assert.That(fixture.GetProperty("metadata").GetProperty("auth_method").GetString(), Is.EqualTo("client_secret_basic"));
        Assert.That(fixture.GetProperty("exchanges").GetArrayLength(), Is.GreaterThanOrEqualTo(11));
        Assert.That(text, Does.Not.Contain(MockAspsp.Hosting.DemoSecrets.Basic).And.Not.Contain("amelia-pass").And.Contain("<access_token>").And.Contain("<code>"));
    }

    [Test]
    public async Task The_demo_over_real_mutual_tls_keeps_every_conformance_rule()
    {
        // The library's requests and the mock's answers through Kestrel (Date headers, real TLS, every transaction page),
        // checked against the whole catalogue: a regression in either, or a rule that misjudges them, fails here.
        var demo = new TestTerminal(_work);
        Assert.That(await demo.Run("demo", "--record", "recorded", "--work", _work), Is.EqualTo(ExitCodes.Success), demo.Error.ToString());
        var check = new TestTerminal(_work);

        var exit = await check.Run("check", "recorded/demo-private-key-jwt.json");

        Assert.That(exit, Is.EqualTo(ExitCodes.Success), check.Output.ToString());
        Assert.That(check.Output.ToString(), Does.Match(@"recorded/demo-private-key-jwt\.json: \d+ exchanges, no violations, rules run " + OpenBanking.Conformance.Rules.RuleCatalogue.All.Count));
    }
}
