using NUnit.Framework;
using OpenBanking.Cli.Support;
using OpenBanking.Cli.Tests.Support;
using OpenBanking.TestSupport;

namespace OpenBanking.Cli.Tests;

/// <summary>
/// A recorded demo and a recorded payment, with every client authentication method and in both output forms, scanned for
/// token-, key- and assertion-shaped strings: what obx prints and the fixture it writes hold no secret of the flow.
/// </summary>
[NonParallelizable]
public sealed class DemoOutputSecretsTests
{
    private string _work = null!;

    [OneTimeSetUp]
    public void Work() => _work = Directory.CreateTempSubdirectory("obx-demo-secrets-").FullName;

    [OneTimeTearDown]
    public void Clean() => Directory.Delete(_work, recursive: true);

    [TestCase("private_key_jwt", false)]
    [TestCase("client_secret_basic", true)]
    [TestCase("client_secret_post", false)]
    [TestCase("tls_client_auth", true)]
    public async Task A_recorded_demo_prints_and_records_no_secret(string auth, bool json)
    {
        var terminal = new TestTerminal(_work);
        var record = Path.Combine(_work, $"recorded-{auth}");
        string[] args = ["demo", "--auth", auth, "--record", record, "--work", _work, .. json ? new[] { "--json" } : []];

        var exit = await terminal.Run(args);

        AssertNoSecret(terminal, exit, record);
    }

    [TestCase("pay", "private_key_jwt", false)]
    [TestCase("pay", "client_secret_basic", true)]
    [TestCase("demo", "client_secret_post", false)]
    public async Task A_recorded_payment_prints_and_records_no_secret(string command, string auth, bool json)
    {
        var terminal = new TestTerminal(_work);
        var record = Path.Combine(_work, $"recorded-{command}-{auth}");
        string[] args = [command, .. command == "demo" ? new[] { "--pay" } : [], "--auth", auth, "--record", record, "--work", _work, .. json ? new[] { "--json" } : []];

        var exit = await terminal.RunWithClockGoing(args);

        AssertNoSecret(terminal, exit, record);
    }

    private static void AssertNoSecret(TestTerminal terminal, int exit, string record)
    {
        Assert.That(exit, Is.EqualTo(ExitCodes.Success), terminal.Error.ToString());
        var outputs = new[] { ("screen", terminal.Screen.ToString()), ("stdout", terminal.Output.ToString()), ("stderr", terminal.Error.ToString()) }
            .Concat(Directory.EnumerateFiles(record).Select(file => (Path.GetFileName(file), File.ReadAllText(file))))
            .ToList();
        Assert.That(outputs.Sum(o => o.Item2.Length), Is.GreaterThan(10_000), "the demo printed and recorded the flow");
        var findings = outputs.SelectMany(o => SecretShapes.Find(o.Item1, o.Item2, [])).ToList();
        Assert.That(findings, Is.Empty, () => string.Join("\n", findings));
    }
}
