using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using MockAspsp.Hosting;
using MockAspsp.TestSupport;
using NUnit.Framework;
using OpenBanking.Core.Flows;
using OpenBanking.Core.Io;
using OpenBanking.TestSupport;

namespace MockAspsp.Tests.Hosting;

/// <summary>
/// The library as an ASP.NET Core app would host it: an <see cref="HttpClient"/> from <see cref="IHttpClientFactory"/>
/// whose primary handler is the library's mutual-TLS handler, the interpreter over it, the mock bank on a real Kestrel port.
/// </summary>
[NonParallelizable]
public class HttpClientFactoryTests
{
    private WebApplication _app = null!;
    private MockBank _bank = null!;
    private string _folder = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _folder = Directory.CreateTempSubdirectory("mock-aspsp-factory-").FullName;
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
