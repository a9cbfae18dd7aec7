using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MockAspsp.Domain;
using MockAspsp.Hosting;
using OpenBanking.Core.Configuration;
using OpenBanking.Core.Flows;
using OpenBanking.Core.Http;
using OpenBanking.Core.Io;

namespace MockAspsp.TestSupport;

/// <summary>
/// The mock bank in memory (TestServer), on a fake clock that does not move unless a test moves it, with
/// sequential ids: the same flow gives the same bytes every run. The transport certificate reaches the bank as
/// the request context's client certificate.
/// </summary>
public sealed class TestBank : IAsyncDisposable
{
    /// <summary>The fake clock's start.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The in-memory bank's issuer.</summary>
    public const string Issuer = "https://mock-aspsp.test";

    private TestBank(WebApplication app, FakeTimeProvider time)
    {
        App = app;
        Time = time;
        Bank = app.Services.GetRequiredService<MockBank>();
        Server = app.GetTestServer();
    }

    /// <summary>The web application.</summary>
    public WebApplication App { get; }

    /// <summary>The bank's services.</summary>
    public MockBank Bank { get; }

    /// <summary>The shared fake clock (the library under test uses it too).</summary>
    public FakeTimeProvider Time { get; }

    /// <summary>The test server.</summary>
    public TestServer Server { get; }

    /// <summary>The bank's memory right now.</summary>
    public BankState State => Bank.Store.Current;

    /// <summary>The demo transport certificate (trusted by the bank).</summary>
    public X509Certificate2 Transport => Bank.Pki.TppTransport;

    /// <summary>Starts a bank; <paramref name="configure"/> changes the default test options.</summary>
    public static async Task<TestBank> StartAsync(Func<MockAspspOptions, MockAspspOptions>? configure = null)
    {
        var time = new FakeTimeProvider(Start);
        var options = new MockAspspOptions { Issuer = Issuer, CertificatesFolder = TestPki.Folder, PageSize = 25 };
        options = configure?.Invoke(options) ?? options;
        var app = MockAspspApp.Create([], options, time, MockIds.Sequential(), builder => builder.WebHost.UseTestServer());
        await app.StartAsync();
        return new TestBank(app, time);
    }

    /// <summary>A handler whose requests arrive with <paramref name="certificate"/> as their TLS client certificate.</summary>
    public HttpMessageHandler Handler(X509Certificate2? certificate) =>
        Server.CreateHandler(context => context.Connection.ClientCertificate = certificate);

    /// <summary>An HttpClient for hand-made requests.</summary>
    public HttpClient Http(X509Certificate2? certificate) => new(Handler(certificate)) { BaseAddress = new Uri(Issuer) };

    /// <summary>The library's interpreter over the in-memory server.</summary>
    public HttpClientInterpreter Interpreter(X509Certificate2? certificate) => HttpClientInterpreter.ForHandler(Handler(certificate), TimeSpan.FromSeconds(30));

    /// <summary>The library configuration of a demo client.</summary>
    public ValidatedApiConfig Config(string clientId) => DemoConfigs.For(Bank, Bank.Clients.Find(clientId)!.Registration).With(c => c);

    /// <summary>The library's client for a demo client, over <paramref name="interpreter"/>, on the bank's clock.</summary>
    public AccountInformationClient Library(string clientId, IRequestInterpreter interpreter) =>
        new(Config(clientId), interpreter, Time, IdSource.Sequential());

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
