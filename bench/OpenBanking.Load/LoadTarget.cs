using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MockAspsp.Hosting;
using MockAspsp.TestSupport;
using OpenBanking.Core.Configuration;
using OpenBanking.Core.Flows;
using OpenBanking.Core.Io;

namespace OpenBanking.Load;

/// <summary>
/// The mock bank on Kestrel at 127.0.0.1 (a free port) with HTTPS and client certificates, exactly as <c>obx mock</c> and
/// <c>obx demo</c> start it, plus one trivial endpoint on the same host; and an access token for the PSU amelia,
/// obtained the way a TPP obtains one, by the library's whole flow.
/// </summary>
public sealed class LoadTarget : IAsyncDisposable
{
    /// <summary>Where the trivial twins are: <c>/load/trivial/accounts</c> and <c>/load/trivial/transactions</c>.</summary>
    public const string TrivialPath = "/load/trivial";

    private readonly WebApplication _app;
    private readonly string _folder;
    private readonly TransportCredentials _credentials;
    private readonly AuthenticationHeaderValue _authorization;

    private LoadTarget(WebApplication app, string folder, ValidatedApiConfig config, TransportCredentials credentials, string accessToken)
    {
        _app = app;
        _folder = folder;
        Config = config;
        _credentials = credentials;
        _authorization = new AuthenticationHeaderValue("Bearer", accessToken);
    }

    /// <summary>The library configuration of the demo private_key_jwt client.</summary>
    public ValidatedApiConfig Config { get; }

    /// <summary>Starts the bank, runs the flow for a token, and fills each trivial twin with its bank endpoint's answer.</summary>
    public static async Task<LoadTarget> StartAsync(CancellationToken cancellationToken = default)
    {
        var folder = Directory.CreateTempSubdirectory("obfx-load-").FullName;
        var app = MockAspspApp.Create([], new MockAspspOptions { Url = "https://127.0.0.1:0", CertificatesFolder = folder },
            configure: builder => builder.Logging.ClearProviders());
        var trivial = new Dictionary<string, byte[]>(StringComparer.Ordinal) { ["accounts"] = [], ["transactions"] = [] };
        // As the bank answers: its content type, and the bytes it wrote; nothing read, nothing checked.
        app.MapGet($"{TrivialPath}/{{resource}}", (string resource) =>
            trivial.TryGetValue(resource, out var bytes) ? Results.Bytes(bytes, "application/json; charset=utf-8") : Results.NotFound());
        LoadTarget? target = null;
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);

            var bank = app.Services.GetRequiredService<MockBank>();
            var registration = bank.Clients.All.First(c => c.Registration.TokenEndpointAuthMethod == "private_key_jwt").Registration;
            var config = Right(DemoConfigs.For(bank, registration).Validate());
            using var http = Right(HttpClientInterpreter.Create(config));
            var client = new AccountInformationClient(config, http);
            var authorised = Right(await FlowScript.Authorise(client, http, "amelia", DateTimeOffset.UtcNow, cancellationToken: cancellationToken)
                .ToEither().ConfigureAwait(false));

            target = new LoadTarget(app, folder, config, Right(TransportCredentials.Load(config.TransportFiles)), authorised.Grant.AccessToken);
            using (var setUp = target.Client(1, out _))
            {
                foreach (var (resource, endpoint) in new[] { ("accounts", LoadEndpoint.Accounts), ("transactions", LoadEndpoint.Transactions) })
                {
                    using var answer = await setUp.SendAsync(target.Request(endpoint), cancellationToken).ConfigureAwait(false);
                    answer.EnsureSuccessStatusCode();
                    trivial[resource] = await answer.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            return target;
        }
        catch
        {
            // A bank that could not be set up is stopped, and its certificates removed, before the error goes up.
            if (target is not null)
            {
                await target.DisposeAsync().ConfigureAwait(false);
            }
            else
            {
                await app.DisposeAsync().ConfigureAwait(false);
                Directory.Delete(folder, recursive: true);
            }

            throw;
        }
    }

    /// <summary>The URL of <paramref name="endpoint"/>.</summary>
    public Uri Url(LoadEndpoint endpoint)
    {
        var origin = Config.ResourceEndpoint.GetLeftPart(UriPartial.Authority);
        return endpoint switch
        {
            LoadEndpoint.Accounts => new Uri($"{origin}{Config.AisBasePath}/accounts"),
            LoadEndpoint.AccountsTrivial => new Uri($"{origin}{TrivialPath}/accounts"),
            LoadEndpoint.Transactions => new Uri($"{origin}{Config.AisBasePath}/transactions"),
            LoadEndpoint.TransactionsTrivial => new Uri($"{origin}{TrivialPath}/transactions"),
            _ => throw new ArgumentOutOfRangeException(nameof(endpoint), endpoint, null),
        };
    }

    /// <summary>A request to <paramref name="endpoint"/> with the access token, as the Read/Write API wants it.</summary>
    public HttpRequestMessage Request(LoadEndpoint endpoint) => new(HttpMethod.Get, Url(endpoint))
    {
        Headers = { Authorization = _authorization, Accept = { new MediaTypeWithQualityHeaderValue("application/json") } },
    };

    /// <summary>
    /// A client over the library's mutual TLS handler (the transport certificate, only the bank's CA trusted) with at most
    /// <paramref name="connections"/> connections, kept alive; <paramref name="opened"/> counts the connections it opens.
    /// </summary>
    public HttpClient Client(int connections, out Func<int> opened)
    {
        var count = new StrongBox<int>();
        opened = () => Volatile.Read(ref count.Value);
        var handler = HttpClientInterpreter.MutualTlsHandler(_credentials, TimeSpan.FromSeconds(30));
        handler.MaxConnectionsPerServer = connections;
        handler.PooledConnectionLifetime = Timeout.InfiniteTimeSpan;
        handler.PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5);
        handler.ConnectCallback = async (context, cancellation) =>
        {
            Interlocked.Increment(ref count.Value);
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(context.DnsEndPoint, cancellation).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        };
        return new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _credentials.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private static T Right<TError, T>(LanguageExt.Either<TError, T> either) =>
        either.Match(Right: value => value, Left: e => throw new InvalidOperationException($"the load target could not be set up: {e}"));
}
