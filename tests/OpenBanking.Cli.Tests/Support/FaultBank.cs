using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using OpenBanking.Cli.Support;
using OpenBanking.Core.Configuration;
using OpenBanking.TestSupport;

namespace OpenBanking.Cli.Tests.Support;

/// <summary>
/// A scripted bank that misbehaves on request, over real mutual TLS on 127.0.0.1 (port 0): Kestrel for answers HTTP can
/// express (<see cref="Answer"/>), and a raw TLS listener for bytes Kestrel would never send (<see cref="RawAnswer"/>).
/// Both require a client certificate issued by the test's TPP CA. A third listener (<see cref="Elsewhere"/>) stands for
/// another host and only counts the connections made to it.
/// </summary>
public sealed class FaultBank : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TcpListener _raw;
    private readonly CancellationTokenSource _stop = new();
    private readonly X509Certificate2 _serverCertificate;
    private readonly X509Certificate2 _tppCa;
    private readonly Task _rawLoop;
    private readonly Task _elsewhereLoop;
    private int _elsewhereConnections;

    private FaultBank(WebApplication app, X509Certificate2 serverCertificate, X509Certificate2 tppCa, string folder, string certFile, string keyFile, string caFile)
    {
        _app = app;
        _serverCertificate = serverCertificate;
        _tppCa = tppCa;
        Folder = folder;
        CertFile = certFile;
        KeyFile = keyFile;
        CaFile = caFile;
        Kestrel = new Uri(app.Urls.Single().Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        _raw = new TcpListener(IPAddress.Loopback, 0);
        _raw.Start();
        Raw = new Uri($"https://127.0.0.1:{((IPEndPoint)_raw.LocalEndpoint).Port}");
        var elsewhere = new TcpListener(IPAddress.Loopback, 0);
        elsewhere.Start();
        Elsewhere = new Uri($"https://127.0.0.1:{((IPEndPoint)elsewhere.LocalEndpoint).Port}");
        _rawLoop = RawLoop();
        _elsewhereLoop = CountLoop(elsewhere);
    }

    /// <summary>How Kestrel answers every request (any path, any method).</summary>
    public Func<HttpContext, Task> Answer { get; set; } = context => context.Response.WriteAsync("nothing scripted");

    /// <summary>What the raw listener does once it has read a request's head: write whatever it likes to the TLS stream.</summary>
    public Func<SslStream, Socket, Task> RawAnswer { get; set; } = (stream, _) => Task.CompletedTask;

    /// <summary>The Kestrel bank.</summary>
    public Uri Kestrel { get; }

    /// <summary>The raw TLS bank.</summary>
    public Uri Raw { get; }

    /// <summary>Another host a redirect may point at; nothing there but a counter.</summary>
    public Uri Elsewhere { get; }

    /// <summary>Connections made to <see cref="Elsewhere"/>.</summary>
    public int ElsewhereConnections => Volatile.Read(ref _elsewhereConnections);

    public string Folder { get; }

    private string CertFile { get; }

    private string KeyFile { get; }

    private string CaFile { get; }

    public static async Task<FaultBank> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("obx-fault-bank-").FullName;
        using var bankCa = TestCertificates.CreateCa("Fault Bank Root");
        var tppCa = TestCertificates.CreateCa("Fault Bank TPP CA");
        using var client = TestCertificates.CreateClient(tppCa);
        var server = TestCertificates.CreateServer(bankCa);
        var (certFile, keyFile) = TestCertificates.WritePem(client, folder, "transport");
        var (caFile, _) = TestCertificates.WritePem(bankCa, folder, "bank-ca");

        var app = MutualTlsHost.Create(server, tppCa);
        FaultBank? bank = null;
        app.Run(context => bank!.Answer(context));
        await app.StartAsync();
        bank = new FaultBank(app, server, tppCa, folder, certFile, keyFile, caFile);
        return bank;
    }

    /// <summary>
    /// Writes a tls_client_auth config whose token and resource endpoints are <paramref name="bank"/>, and stored tokens
    /// beside it that have not expired, so that <c>obx accounts</c> goes straight to the resource read.
    /// </summary>
    public string WriteConfig(Uri bank, TimeSpan timeout, DateTimeOffset now)
    {
        using var signing = RSA.Create(2048);
        var config = new ApiConfig
        {
            AuthServerIssuer = bank.GetLeftPart(UriPartial.Authority),
            AuthorizationEndpoint = new Uri(bank, "/authorize").AbsoluteUri,
            TokenEndpoint = new Uri(bank, "/token").AbsoluteUri,
            ResourceEndpoint = bank.GetLeftPart(UriPartial.Authority),
            JwksUri = new Uri(bank, "/jwks").AbsoluteUri,
            ClientId = "fault-tpp",
            TokenEndpointAuthMethod = "tls_client_auth",
            SigningKey = signing.ExportPkcs8PrivateKeyPem(),
            Kid = "fault-kid",
            RegisteredRedirectUrl = "https://tpp.example.com/callback",
            TransportCertFile = CertFile,
            TransportKeyFile = KeyFile,
            CaBundleFile = CaFile,
            RequestTimeout = timeout,
        };
        var path = Path.Combine(Folder, $"bank-{bank.Port}.json");
        File.WriteAllText(path, ApiConfigJson.Write(config));
        new StoredTokens("aac-fault", "access-token-fault", null, now.AddHours(1)).Save(Path.ChangeExtension(path, ".tokens.json"));
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _raw.Stop();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Task.WhenAll(_rawLoop, _elsewhereLoop);
        _serverCertificate.Dispose();
        _tppCa.Dispose();
        _stop.Dispose();
        Directory.Delete(Folder, recursive: true);
    }

    private async Task RawLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await _raw.AcceptSocketAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = Serve(socket);
        }
    }

    private async Task Serve(Socket socket)
    {
        using var _ = socket;
        using var time = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
        time.CancelAfter(TimeSpan.FromSeconds(30));
        try
        {
            await using var stream = new SslStream(new NetworkStream(socket, ownsSocket: false));
            await stream.AuthenticateAsServerAsync(new SslServerAuthenticationOptions
            {
                ServerCertificate = _serverCertificate,
                ClientCertificateRequired = true,
                RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate is X509Certificate2 c && TestCertificates.IssuedBy(c, _tppCa),
            }, time.Token);
            await ReadRequest(stream, time.Token);
            await RawAnswer(stream, socket);
            await stream.FlushAsync(time.Token);
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException
                                      or System.Security.Authentication.AuthenticationException)
        {
            // The client went away or the script reset the connection: nothing to do.
        }
    }

    /// <summary>Reads the request's head (at most 64 KiB) and its body when it declares a length (at most 64 KiB).</summary>
    private static async Task ReadRequest(Stream stream, CancellationToken cancellation)
    {
        var head = new List<byte>();
        var buffer = new byte[1];
        while (head.Count < 64 * 1024 && !EndsWithBlankLine(head))
        {
            if (await stream.ReadAsync(buffer, cancellation) == 0)
            {
                return;
            }

            head.Add(buffer[0]);
        }

        var text = Encoding.ASCII.GetString(head.ToArray());
        var length = text.Split("\r\n").Select(l => l.Split(':', 2)).Where(p => p.Length == 2 && p[0].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            .Select(p => int.Parse(p[1].Trim(), System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault();
        var body = new byte[Math.Min(length, 64 * 1024)];
        await stream.ReadExactlyAsync(body, cancellation);
    }

    private static bool EndsWithBlankLine(List<byte> head) =>
        head.Count >= 4 && head[^4] == '\r' && head[^3] == '\n' && head[^2] == '\r' && head[^1] == '\n';

    private async Task CountLoop(TcpListener listener)
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                using var socket = await listener.AcceptSocketAsync(_stop.Token);
                Interlocked.Increment(ref _elsewhereConnections);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped.
        }
        finally
        {
            listener.Stop();
        }
    }

}
