using System.Net.Http.Json;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MockAspsp.Hosting;
using OpenBanking.Core.Configuration;

namespace OpenBanking.Cli.Tests.Support;

/// <summary>The mock bank on a real Kestrel port with mutual TLS, on the test's clock, for the real-bank commands.</summary>
public sealed class RunningBank : IAsyncDisposable
{
    private RunningBank(WebApplication app, string folder)
    {
        App = app;
        Folder = folder;
        Bank = app.Services.GetRequiredService<MockBank>();
    }

    public WebApplication App { get; }

    public MockBank Bank { get; }

    public string Folder { get; }

    public static async Task<RunningBank> StartAsync(TimeProvider time, Func<MockAspspOptions, MockAspspOptions>? configure = null)
    {
        var folder = Directory.CreateTempSubdirectory("obx-cli-tests-").FullName;
        var options = new MockAspspOptions { Url = "https://127.0.0.1:0", CertificatesFolder = Path.Combine(folder, "mock") };
        options = configure?.Invoke(options) ?? options;
        var app = MockAspspApp.Create([], options, time, configure: b => b.Logging.ClearProviders());
        await app.StartAsync();
        return new RunningBank(app, folder);
    }

    /// <summary>Writes the library config of a client into the test folder and returns its path.</summary>
    public string WriteConfig(string clientId, Func<ApiConfig, ApiConfig>? change = null)
    {
        var config = DemoConfigs.For(Bank, Bank.Clients.Find(clientId)!.Registration);
        var path = Path.Combine(Folder, $"{clientId}.json");
        File.WriteAllText(path, ApiConfigJson.Write(change?.Invoke(config) ?? config));
        return path;
    }

    /// <summary>Does the PSU's part headlessly and returns the redirect URL.</summary>
    public async Task<string> Approve(string consentUrl, string psu = "amelia", bool approve = true)
    {
        using var http = Browser();
        using var response = await http.PostAsJsonAsync($"{Bank.Issuer.Value}/authorize/headless",
            new { consent_url = consentUrl, username = psu, password = $"{psu}-pass", approve });
        var body = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(body).RootElement.GetProperty("redirect_url").GetString()!;
    }

    /// <summary>An HttpClient that trusts the bank's CA and presents no client certificate: a browser.</summary>
    public HttpClient Browser()
    {
        var handler = new SocketsHttpHandler();
        handler.SslOptions.CertificateChainPolicy = new X509ChainPolicy
        {
            TrustMode = X509ChainTrustMode.CustomRootTrust,
            CustomTrustStore = { Bank.Pki.BankCa },
            RevocationMode = X509RevocationMode.NoCheck,
        };
        return new HttpClient(handler);
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }
}
