using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using MockAspsp.Hosting;
using MockAspsp.TestSupport;
using NUnit.Framework;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Flows;
using OpenBanking.Core.Http;
using OpenBanking.Core.Io;
using OpenBanking.DevTools.Certificates;
using OpenBanking.TestSupport;

namespace MockAspsp.Tests.Hosting;

/// <summary>
/// The mock bank on a real Kestrel port on 127.0.0.1 with real mutual TLS, and the library's real interpreter
/// loading the PEM files the mock generated: the flows work, and a stranger's certificate is refused.
/// </summary>
[NonParallelizable]
public class KestrelMutualTlsTests
{
    private WebApplication _app = null!;
    private MockBank _bank = null!;
    private string _folder = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _folder = Directory.CreateTempSubdirectory("mock-aspsp-kestrel-").FullName;
        _app = MockAspspApp.Create([], new MockAspspOptions { Url = "https://127.0.0.1:0", CertificatesFolder = _folder, PageSize = 25 });
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

    private (AccountInformationClient Client, HttpClientInterpreter Http) Library(string clientId)
    {
        var config = DemoConfigs.For(_bank, _bank.Clients.Find(clientId)!.Registration).Validate().Right();
        var http = HttpClientInterpreter.Create(config).Right();
        return (new AccountInformationClient(config, http), http);
    }

    [TestCase("obfx-demo-private-key-jwt")]
    [TestCase("obfx-demo-client-secret-basic")]
    [TestCase("obfx-demo-client-secret-post")]
    [TestCase("obfx-demo-tls-client-auth")]
    public async Task The_whole_flow_runs_over_real_mutual_tls(string clientId)
    {
        var (client, http) = Library(clientId);
        using var _ = http;

        var outcome = await FlowScript.Run(client, http, "northwind", DateTimeOffset.UtcNow).Right();

        Assert.That(_bank.Issuer.Value, Does.StartWith("https://127.0.0.1:"));
        Assert.That(outcome.Accounts.Items.Select(a => a.AccountId), Is.EqualTo(new[] { "3001", "3002", "3003" }));
        Assert.That(outcome.Transactions, Has.Count.GreaterThan(25));
    }

    [Test]
    public async Task A_transport_certificate_from_another_ca_is_refused_with_invalid_client()
    {
        using var strangerCa = CertificateFactory.CreateCa("CN=Stranger CA", DateTimeOffset.UtcNow.AddDays(-1), TimeSpan.FromDays(30));
        using var stranger = CertificateFactory.IssueTransport(strangerCa, MockPki.TppTransportSubject, DateTimeOffset.UtcNow.AddDays(-1), TimeSpan.FromDays(10));
        var config = DemoConfigs.For(_bank, _bank.Clients.Find("obfx-demo-tls-client-auth")!.Registration).Validate().Right();
        using var http = new HttpClientInterpreter(TransportCredentials.Create(stranger, [_bank.Pki.BankCa]), TimeSpan.FromSeconds(10));

        var error = await new AccountInformationClient(config, http).ClientCredentialsToken().Left();

        Assert.That(error, Is.TypeOf<ProtocolError>().With.Property("Error").EqualTo("invalid_client").And.Property("Status").EqualTo(401));
        Assert.That(error.ToString(), Does.Contain("does not chain to a CA this bank trusts"));
    }

    [Test]
    public async Task Discovery_and_jwks_need_no_client_certificate()
    {
        var handler = new SocketsHttpHandler();
        handler.SslOptions.CertificateChainPolicy = new System.Security.Cryptography.X509Certificates.X509ChainPolicy
        {
            TrustMode = System.Security.Cryptography.X509Certificates.X509ChainTrustMode.CustomRootTrust,
            CustomTrustStore = { _bank.Pki.BankCa },
            RevocationMode = System.Security.Cryptography.X509Certificates.X509RevocationMode.NoCheck,
        };
        using var browser = new HttpClient(handler);

        using var discovery = await browser.GetAsync($"{_bank.Issuer.Value}/.well-known/openid-configuration");
        using var jwks = await browser.GetAsync($"{_bank.Issuer.Value}/jwks");
        using var accounts = await browser.GetAsync($"{_bank.Issuer.Value}/open-banking/v3.1/aisp/accounts");

        Assert.That(discovery.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(jwks.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(accounts.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    // The library as an ASP.NET Core app would host it: an HttpClient from IHttpClientFactory whose primary handler is the
    // library's mutual-TLS handler, the interpreter over it.
    [Test]
    public async Task The_flow_runs_through_a_factory_client_with_the_mutual_tls_handler_and_the_client_outlives_the_interpreter()
    {
        using var credentials = TransportCredentials.Create(_bank.Pki.TppTransport, [_bank.Pki.BankCa]);
        var services = new ServiceCollection();
        services.AddHttpClient("bank")
            .ConfigurePrimaryHttpMessageHandler(() => HttpClientInterpreter.MutualTlsHandler(credentials, TimeSpan.FromSeconds(10)));
        await using var provider = services.BuildServiceProvider();
        using var client = provider.GetRequiredService<IHttpClientFactory>().CreateClient("bank");
        var config = DemoConfigs.For(_bank, _bank.Clients.Find("obfx-demo-private-key-jwt")!.Registration).Validate().Right();

        var http = new HttpClientInterpreter(client, TimeSpan.FromSeconds(30));
        var outcome = await FlowScript.Run(new AccountInformationClient(config, http), http, "northwind", DateTimeOffset.UtcNow).Right();
        http.Dispose();
        using var afterwards = await client.GetAsync($"{_bank.Issuer.Value}/.well-known/openid-configuration");

        Assert.That(outcome.Accounts.Items.Select(a => a.AccountId), Is.EqualTo(new[] { "3001", "3002", "3003" }));
        Assert.That(afterwards.IsSuccessStatusCode, Is.True);
    }
}
