using System.Net;
using MockAspsp.Hosting;
using NUnit.Framework;
using OpenBanking.Cli.Support;
using OpenBanking.Cli.Tests.Support;

namespace OpenBanking.Cli.Tests;

/// <summary>The problems a user meets get one line naming the problem, and exit code 2.</summary>
[NonParallelizable]
public class ProblemTests
{
    private string _folder = null!;

    [SetUp]
    public void Folder() => _folder = Directory.CreateTempSubdirectory("obx-problems-").FullName;

    [TearDown]
    public void Clean() => Directory.Delete(_folder, recursive: true);

    private async Task<(int Exit, string Error)> Run(params string[] args)
    {
        var terminal = new TestTerminal(_folder);
        var exit = await terminal.Run(args);
        return (exit, terminal.Error.ToString());
    }

    [Test]
    public async Task A_missing_config_file()
    {
        var (exit, error) = await Run("accounts", "--config", "nowhere.json");

        Assert.That(exit, Is.EqualTo(ExitCodes.Problem));
        Assert.That(error, Does.StartWith("obx: nowhere.json: Configuration problem: (file): cannot read"));
        Assert.That(error.Trim().Split('\n'), Has.Length.EqualTo(1), "one line");
    }

    [Test]
    public async Task An_invalid_config_lists_every_problem()
    {
        File.WriteAllText(Path.Combine(_folder, "bank.json"), """{"client_id": "x", "token_endpoint": "http://bank.example/token", "token_endpoint_auth_method": "client_secret_basic"}""");

        var (exit, error) = await Run("login", "--config", "bank.json");

        Assert.That(exit, Is.EqualTo(ExitCodes.Problem));
        Assert.That(error, Does.Contain("auth_server_issuer: is required").And.Contain("token_endpoint: 'http://bank.example/token' must be https")
            .And.Contain("client_secret: is required for client_secret_basic").And.Contain("transport_cert_file"));
    }

    [Test]
    public async Task An_unreadable_certificate_or_key()
    {
        await using var bank = await RunningBank.StartAsync(TimeProvider.System);
        var config = bank.WriteConfig("obfx-demo-tls-client-auth", c => c with { TransportKeyFile = Path.Combine(_folder, "missing.key") });

        var (exit, error) = await Run("accounts", "--config", config);

        Assert.That(exit, Is.EqualTo(ExitCodes.Problem));
        Assert.That(error, Does.Contain("transport_key_file").And.Contain("missing.key").And.Contain("does not exist"));
    }

    [Test]
    public async Task An_unreachable_bank()
    {
        await using var bank = await RunningBank.StartAsync(TimeProvider.System);
        var closed = $"https://127.0.0.1:{ClosedPort()}";
        var config = bank.WriteConfig("obfx-demo-tls-client-auth", c => c with { TokenEndpoint = $"{closed}/token", ResourceEndpoint = closed });

        var (exit, error) = await Run("login", "--config", config, "--no-browser");

        Assert.That(exit, Is.EqualTo(ExitCodes.Problem));
        Assert.That(error, Does.Contain("Could not connect to 127.0.0.1:").And.Contain("is the bank's URL right"));
    }

    [Test]
    public async Task An_untrusted_server_certificate_says_which_option_to_set()
    {
        await using var bank = await RunningBank.StartAsync(TimeProvider.System);
        var config = bank.WriteConfig("obfx-demo-tls-client-auth", c => c with { CaBundleFile = null });

        var (exit, error) = await Run("login", "--config", config, "--no-browser");

        Assert.That(exit, Is.EqualTo(ExitCodes.Problem));
        Assert.That(error, Does.Contain("TLS with 127.0.0.1").And.Contain("set ca_bundle_file"));
    }

    [Test]
    public async Task A_declined_consent()
    {
        var terminal = new TestTerminal(_folder);
        await using var bank = await RunningBank.StartAsync(terminal.Time);
        var config = bank.WriteConfig("obfx-demo-private-key-jwt");

        var login = terminal.Run("login", "--config", config);
        terminal.Input.Paste(await bank.Approve(await terminal.WaitForLine($"{bank.Bank.Issuer.Value}/authorize?"), approve: false));

        Assert.That(await login, Is.EqualTo(ExitCodes.Problem));
        Assert.That(terminal.Error.ToString(), Does.Contain("access_denied").And.Contain("the PSU declined the consent"));
    }

    [Test]
    public async Task Expired_stored_tokens_without_a_refresh_token()
    {
        var terminal = new TestTerminal(_folder);
        await using var bank = await RunningBank.StartAsync(terminal.Time);
        var config = bank.WriteConfig("obfx-demo-tls-client-auth");
        new StoredTokens("aac-1", "expired-token", null, terminal.Time.GetUtcNow().AddMinutes(-1)).Save(Path.ChangeExtension(config, ".tokens.json"));

        var exit = await terminal.Run("accounts", "--config", config);

        Assert.That(exit, Is.EqualTo(ExitCodes.Problem));
        Assert.That(terminal.Error.ToString(), Does.Contain("expired and there is no refresh token: run obx login again"));
    }

    [Test]
    public async Task The_demo_reports_the_failing_step_with_the_banks_status_code_and_interaction_id()
    {
        var first = new TestTerminal(_folder);
        Assert.That(await first.Run("demo", "--work", _folder, "--auth", "tls_client_auth"), Is.EqualTo(ExitCodes.Success), first.Error.ToString());
        // The bank now trusts another CA than the one that issued the demo's transport certificate.
        using var otherCa = OpenBanking.DevTools.Certificates.CertificateFactory.CreateCa("CN=Another Directory CA", DateTimeOffset.UtcNow.AddDays(-1), TimeSpan.FromDays(30));
        File.WriteAllText(Path.Combine(_folder, "mock-aspsp", "tpp-ca.pem"), OpenBanking.DevTools.Certificates.CertificateFactory.CertificatePem(otherCa));
        File.WriteAllText(Path.Combine(_folder, "mock-aspsp", "tpp-ca.key"), OpenBanking.DevTools.Certificates.CertificateFactory.PrivateKeyPem(otherCa));
        var terminal = new TestTerminal(_folder);

        var exit = await terminal.Run("demo", "--work", _folder, "--auth", "tls_client_auth");

        Assert.That(exit, Is.EqualTo(ExitCodes.Problem), $"{terminal.Screen}\n{terminal.Error}");
        Assert.That(terminal.Screen.ToString(), Does.Contain("✗ Client credentials token (tls_client_auth)"));
        Assert.That(terminal.Error.ToString(), Does.StartWith("obx: Client credentials token (tls_client_auth): token request (client_credentials) refused with OAuth error 'invalid_client' (HTTP 401)")
            .And.Contain("does not chain to a CA this bank trusts").And.Contain("(x-fapi-interaction-id "));
    }

    [Test]
    public async Task A_wrong_argument()
    {
        var (exit, error) = await Run("accounts", "--config", "bank.json", "--bogus");

        Assert.That(exit, Is.EqualTo(ExitCodes.Problem));
        Assert.That(error, Does.Contain("--bogus").And.Contain("obx: see obx --help"));
    }

    [Test]
    public async Task A_token_file_that_cannot_be_written_stops_login_before_any_consent_exists()
    {
        await using var bank = await RunningBank.StartAsync(TimeProvider.System);
        var config = bank.WriteConfig("obfx-demo-tls-client-auth");
        var terminal = new TestTerminal(_folder);

        var exit = await terminal.Run("login", "--config", config, "--tokens", _folder, "--no-browser");

        Assert.That(exit, Is.EqualTo(ExitCodes.Problem));
        Assert.That(terminal.Error.ToString(), Does.Contain($"the token file {_folder} is a folder"));
        Assert.That(bank.Bank.Store.Current.Consents, Is.Empty, "no consent was created at the bank");
    }

    [Test]
    public async Task A_loopback_redirect_port_already_in_use_stops_login_before_any_consent_exists()
    {
        using var busy = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        var port = ((IPEndPoint)busy.LocalEndpoint).Port;
        await using var bank = await RunningBank.StartAsync(TimeProvider.System);
        var config = bank.WriteConfig("obfx-demo-tls-client-auth", c => c with { RegisteredRedirectUrl = $"http://127.0.0.1:{port}/callback" });
        var terminal = new TestTerminal(_folder);

        var exit = await terminal.Run("login", "--config", config, "--no-browser");

        Assert.That(exit, Is.EqualTo(ExitCodes.Problem));
        Assert.That(terminal.Error.ToString(), Does.Contain($"cannot listen on http://127.0.0.1:{port} for the redirect"));
        Assert.That(bank.Bank.Store.Current.Consents, Is.Empty, "no consent was created at the bank");
    }

    [TestCase("http://bank.example")]
    [TestCase("bank.example")]
    public async Task Discover_refuses_an_issuer_that_is_not_an_https_url(string issuer)
    {
        var (exit, error) = await Run("discover", "--issuer", issuer, "--out", "bank.json");

        Assert.That(exit, Is.EqualTo(ExitCodes.Problem));
        Assert.That(error, Does.StartWith($"obx: --issuer '{issuer}' must be an absolute https URL"));
        Assert.That(File.Exists(Path.Combine(_folder, "bank.json")), Is.False);
    }

    [Test]
    public async Task The_mock_bank_on_a_port_already_in_use()
    {
        using var busy = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        var port = ((IPEndPoint)busy.LocalEndpoint).Port;

        var (exit, error) = await Run("mock", "--url", $"https://127.0.0.1:{port}", "--certs", "certs");

        Assert.That(exit, Is.EqualTo(ExitCodes.Problem));
        Assert.That(error, Does.StartWith("obx: the mock bank cannot start:").And.Contain(port.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(error.Trim().Split('\n'), Has.Length.EqualTo(1), "one line");
    }

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
