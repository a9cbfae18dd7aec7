using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using MockAspsp.Hosting;
using MockAspsp.Seed;
using NUnit.Framework;
using OpenBanking.Cli.Support;
using OpenBanking.Cli.Tests.Support;

namespace OpenBanking.Cli.Tests;

/// <summary>login, accounts, balances, transactions, consent and discover against the mock over real mutual TLS.</summary>
[NonParallelizable]
public class RealBankCommandTests
{
    private const string Client = "obfx-demo-private-key-jwt";

    private static string ConsentUrlPrefix(RunningBank bank) => $"{bank.Bank.Issuer.Value}/authorize?";

    [Test]
    public async Task Login_with_a_pasted_redirect_url_stores_tokens_that_accounts_then_uses()
    {
        var terminal = new TestTerminal(Path.GetTempPath());
        await using var bank = await RunningBank.StartAsync(terminal.Time);
        var config = bank.WriteConfig(Client);

        var login = terminal.Run("login", "--config", config);
        var consentUrl = await terminal.WaitForLine(ConsentUrlPrefix(bank));
        terminal.Input.Paste(await bank.Approve(consentUrl, "oliver"));
        var loggedIn = await login;
        var reader = new TestTerminal(Path.GetTempPath(), terminal.Time);
        var accounts = await reader.Run("accounts", "--config", config, "--json");

        Assert.That(loggedIn, Is.EqualTo(ExitCodes.Success), terminal.Error.ToString());
        Assert.That(terminal.Opened.Single().AbsoluteUri, Is.EqualTo(consentUrl), "the consent URL was offered to the browser");
        var tokensFile = Path.ChangeExtension(config, ".tokens.json");
        if (!OperatingSystem.IsWindows())
        {
            Assert.That(File.GetUnixFileMode(tokensFile), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
        }

        Assert.That(accounts, Is.EqualTo(ExitCodes.Success), reader.Error.ToString());
        Assert.That(JsonDocument.Parse(reader.Output.ToString()).RootElement.EnumerateArray().Select(a => a.GetProperty("AccountId").GetString()),
            Is.EqualTo(SeedData.Bank.AccountsOf("oliver").Select(a => a.AccountId)));
    }

    [Test]
    public async Task Login_on_a_loopback_redirect_uri_listens_and_accounts_refreshes_an_expired_token()
    {
        var port = FreePort();
        var redirect = $"http://127.0.0.1:{port}/callback";
        var terminal = new TestTerminal(Path.GetTempPath());
        await using var bank = await RunningBank.StartAsync(terminal.Time, o => o with { Clients = LoopbackClients(o, redirect) });
        var config = bank.WriteConfig(Client, c => c with { RegisteredRedirectUrl = redirect });

        var login = terminal.Run("login", "--config", config, "--no-browser");
        var consentUrl = await terminal.WaitForLine(ConsentUrlPrefix(bank));
        await terminal.WaitForLine("Waiting for the bank to redirect");
        var redirectUrl = new Uri(await bank.Approve(consentUrl, "northwind"));
        using (var browser = new HttpClient())
        {
            // What the listener's page does in a real browser: load it, then post the fragment back.
            var page = await browser.GetStringAsync(redirectUrl.GetLeftPart(UriPartial.Path));
            Assert.That(page, Does.Contain("location.hash"));
            using var posted = await browser.PostAsync($"{redirectUrl.GetLeftPart(UriPartial.Path)}/fragment", new StringContent(redirectUrl.Fragment[1..]));
            Assert.That(posted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        }

        var loggedIn = await login;
        terminal.Time.Advance(TimeSpan.FromHours(2));
        var later = new TestTerminal(Path.GetTempPath(), terminal.Time);
        var balances = await later.Run("balances", "--config", config);

        Assert.That(loggedIn, Is.EqualTo(ExitCodes.Success), terminal.Error.ToString());
        Assert.That(terminal.Opened, Is.Empty, "--no-browser");
        Assert.That(balances, Is.EqualTo(ExitCodes.Success), later.Error.ToString());
        Assert.That(later.Error.ToString(), Does.Contain("the access token had expired and was refreshed"));
        Assert.That(later.Screen.ToString(), Does.Contain("3001").And.Contain("InterimAvailable"));
    }

    [Test]
    public async Task Login_with_a_pasted_bare_code_checks_the_token_responses_id_token()
    {
        var terminal = new TestTerminal(Path.GetTempPath());
        await using var bank = await RunningBank.StartAsync(terminal.Time);
        var config = bank.WriteConfig(Client);

        var login = terminal.Run("login", "--config", config);
        var redirect = await bank.Approve(await terminal.WaitForLine(ConsentUrlPrefix(bank)));
        terminal.Input.Paste(OpenBanking.Core.Http.FormUrlEncoding.Decode(new Uri(redirect).Fragment[1..]).First(p => p.Key == "code").Value);

        Assert.That(await login, Is.EqualTo(ExitCodes.Success), terminal.Error.ToString());
        Assert.That(terminal.Screen.ToString(), Does.Contain("Authorised."));
    }

    [Test]
    public async Task Transactions_consent_show_and_revoke_use_the_stored_consent()
    {
        var terminal = new TestTerminal(Path.GetTempPath());
        await using var bank = await RunningBank.StartAsync(terminal.Time);
        var config = bank.WriteConfig(Client);
        var login = terminal.Run("login", "--config", config);
        terminal.Input.Paste(await bank.Approve(await terminal.WaitForLine(ConsentUrlPrefix(bank))));
        Assert.That(await login, Is.EqualTo(ExitCodes.Success), terminal.Error.ToString());

        var transactions = new TestTerminal(Path.GetTempPath(), terminal.Time);
        var shown = new TestTerminal(Path.GetTempPath(), terminal.Time);
        var revoked = new TestTerminal(Path.GetTempPath(), terminal.Time);
        var afterwards = new TestTerminal(Path.GetTempPath(), terminal.Time);
        var transactionsExit = await transactions.Run("transactions", "--config", config, "--account", "1002", "--from", "2026-06-01", "--to", "2026-06-30", "--json");
        var shownExit = await shown.Run("consent", "show", "--config", config);
        var revokedExit = await revoked.Run("consent", "revoke", "--config", config);
        var afterwardsExit = await afterwards.Run("accounts", "--config", config);

        var june = JsonDocument.Parse(transactions.Output.ToString()).RootElement.EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(transactionsExit, Is.EqualTo(ExitCodes.Success), transactions.Error.ToString());
            Assert.That(june.Select(t => t.GetProperty("TransactionId").GetString()), Is.EquivalentTo(
                SeedData.Bank.Transactions["1002"].Where(t => t.BookingDateTime.Month == 6 && t.BookingDateTime.Year == 2026).Select(t => t.TransactionId)));
            Assert.That(shownExit, Is.EqualTo(ExitCodes.Success), shown.Error.ToString());
            Assert.That(shown.Screen.ToString(), Does.Contain("Authorised").And.Contain("ReadAccountsDetail"));
            Assert.That(revokedExit, Is.EqualTo(ExitCodes.Success), revoked.Error.ToString());
            Assert.That(bank.Bank.Store.Current.Consents.Values.Single().Status, Is.EqualTo(MockAspsp.Domain.ConsentStatus.Deleted));
            Assert.That(afterwardsExit, Is.EqualTo(ExitCodes.Problem));
            Assert.That(afterwards.Error.ToString(), Does.Contain("run obx login --config"));
        });
    }

    [Test]
    public async Task Discover_writes_a_config_skeleton_from_the_banks_metadata()
    {
        var terminal = new TestTerminal(Path.GetTempPath());
        await using var bank = await RunningBank.StartAsync(terminal.Time);
        var output = Path.Combine(bank.Folder, "bank.json");

        var exit = await terminal.Run("discover", "--issuer", bank.Bank.Issuer.Value, "--ca-bundle", bank.Bank.Pki.PathOf("bank-ca.pem"), "--out", output);

        Assert.That(exit, Is.EqualTo(ExitCodes.Success), terminal.Error.ToString());
        var config = OpenBanking.Core.Configuration.ApiConfigJson.Parse(File.ReadAllText(output)).Match(Right: c => c, Left: e => throw new AssertionException(e.ToString()));
        Assert.Multiple(() =>
        {
            Assert.That(config.AuthServerIssuer, Is.EqualTo(bank.Bank.Issuer.Value));
            Assert.That(config.TokenEndpoint, Is.EqualTo(bank.Bank.Issuer.TokenEndpoint));
            Assert.That(config.JwksUri, Is.EqualTo($"{bank.Bank.Issuer.Value}/jwks"));
            Assert.That(config.TokenEndpointAuthMethod, Is.EqualTo("private_key_jwt"));
            Assert.That(config.ClientId, Does.StartWith("<"));
        });
    }

    [Test]
    public async Task Mock_runs_the_bank_until_cancelled_and_says_who_may_use_it()
    {
        var folder = Directory.CreateTempSubdirectory("obx-mock-").FullName;
        var terminal = new TestTerminal(folder);
        using var stop = new CancellationTokenSource();

        var running = Commands.ObxCommand.Run(["mock", "--url", "https://127.0.0.1:0", "--certs", "certs"], terminal.Environment, stop.Token);
        var issuerLine = await terminal.WaitForLine("Mock ASPSP listening. Issuer: https://127.0.0.1:");
        var issuer = issuerLine["Mock ASPSP listening. Issuer: ".Length..];
        using var browser = new HttpClient(new SocketsHttpHandler
        {
            SslOptions = { CertificateChainPolicy = new System.Security.Cryptography.X509Certificates.X509ChainPolicy
            {
                TrustMode = System.Security.Cryptography.X509Certificates.X509ChainTrustMode.CustomRootTrust,
                CustomTrustStore = { System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadCertificateFromFile(Path.Combine(folder, "certs", "bank-ca.pem")) },
                RevocationMode = System.Security.Cryptography.X509Certificates.X509RevocationMode.NoCheck,
            } },
        });
        using var discovery = await browser.GetAsync($"{issuer}/.well-known/openid-configuration");
        await stop.CancelAsync();
        var exit = await running;

        Assert.That(discovery.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(exit, Is.EqualTo(ExitCodes.Success));
        Assert.That(terminal.Screen.ToString(), Does.Contain("obfx-demo-tls-client-auth").And.Contain("amelia / amelia-pass"));
        Assert.That(File.Exists(Path.Combine(folder, "certs", "client-private-key-jwt.json")), Is.True);
        Directory.Delete(folder, recursive: true);
    }

    private static List<RegisteredClient> LoopbackClients(MockAspspOptions options, string redirect) =>
        [.. ClientDirectory.DemoClients(MockPki.LoadOrCreate(options.CertificatesFolder, DateTimeOffset.UtcNow))
            .Select(c => c with { RedirectUris = [.. c.RedirectUris, redirect] })];

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
