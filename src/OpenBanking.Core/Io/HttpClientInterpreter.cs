using System.Net.Http.Headers;
using System.Net.Security;
using System.Net;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using LanguageExt;
using OpenBanking.Core.Configuration;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;

namespace OpenBanking.Core.Io;

/// <summary>
/// The library's one I/O boundary: executes <see cref="HttpRequestSpec"/>s over mutual TLS with a
/// pooled <see cref="SocketsHttpHandler"/>. The server's certificate is always verified, against the
/// system roots or the configured CA bundle only; there is no "accept anything" switch. Redirects are
/// not followed (a bearer token must not travel to wherever a 302 points). A body is read up to a cap
/// (<see cref="MaxJsonResponseBytes"/> or <see cref="MaxResponseBytes"/>, after decompression). Every failure that is
/// not cancellation becomes a <see cref="TransportError"/> naming the host and the cause.
/// </summary>
/// <remarks>
/// Create one per bank configuration and reuse it: made by <see cref="Create"/> or from credentials, it owns the
/// connection pool. Over an <see cref="HttpClient"/> of yours (<c>IHttpClientFactory</c>) it owns nothing.
/// </remarks>
public sealed class HttpClientInterpreter : IRequestInterpreter, IDisposable
{
    /// <summary>
    /// The largest response body read for a request that accepts something other than JSON (a statement file), in bytes,
    /// counted after decompression. A larger body is a <see cref="TransportFailure.ResponseTooLarge"/> error.
    /// </summary>
    public const int MaxResponseBytes = 64 * 1024 * 1024;

    /// <summary>
    /// The largest response body read for a request that accepts only JSON (or sends no Accept) — every call but a
    /// statement file — in bytes, counted after decompression: a JSON answer is parsed in memory, which takes several
    /// times its size, and no page of any Read/Write API resource comes near it.
    /// </summary>
    public const int MaxJsonResponseBytes = 16 * 1024 * 1024;

    /// <summary>How much is read at a time when the body's length is not known in advance.</summary>
    private const int ChunkBytes = 64 * 1024;

    private readonly HttpClient _client;
    private readonly bool _ownsClient;
    private readonly TransportCredentials? _credentials;
    private readonly TimeSpan _timeout;

    private HttpClientInterpreter(HttpClient client, bool ownsClient, TransportCredentials? credentials, TimeSpan timeout)
    {
        _client = client;
        _ownsClient = ownsClient;
        _credentials = credentials;
        _timeout = timeout;
    }

    private HttpClientInterpreter(HttpMessageHandler handler, TransportCredentials? credentials, TimeSpan timeout)
        : this(OwnClient(handler), ownsClient: true, credentials, timeout)
    {
    }

    /// <summary>
    /// Creates an interpreter with <paramref name="credentials"/> and a per-request <paramref name="timeout"/>. It owns
    /// its connection pool and <paramref name="credentials"/>, and disposes both with itself.
    /// </summary>
    public HttpClientInterpreter(TransportCredentials credentials, TimeSpan timeout)
        : this(MutualTlsHandler(credentials, timeout), credentials, timeout)
    {
    }

    /// <summary>
    /// An interpreter over an <see cref="HttpClient"/> you own — typically one from <c>IHttpClientFactory</c> whose
    /// primary handler is <see cref="MutualTlsHandler"/>. The interpreter never disposes <paramref name="client"/>; the
    /// factory keeps rotating its handlers. Every request is sent with an absolute URI and read as it is by this
    /// interpreter (the same response caps and failure mapping), and <paramref name="timeout"/> applies to each request
    /// on top of the client's own <see cref="HttpClient.Timeout"/>, which should be no shorter. TLS is the client's
    /// business: build its handler with <see cref="MutualTlsHandler"/> to keep the library's transport security.
    /// </summary>
    /// <param name="client">The client to send through; it must outlive the interpreter.</param>
    /// <param name="timeout">How long a request may take, from sending to the last byte of the body.</param>
    public HttpClientInterpreter(HttpClient client, TimeSpan timeout)
        : this(client ?? throw new ArgumentNullException(nameof(client)), ownsClient: false, credentials: null, timeout)
    {
    }

    /// <summary>
    /// An interpreter over a handler of your own: an in-memory test server (<c>TestServer.CreateHandler()</c>) or a
    /// pipeline you build. TLS is then the handler's business; the interpreter still maps failures and applies
    /// <paramref name="timeout"/>. The handler is disposed with the interpreter; for a handler whose lifetime someone
    /// else manages (<c>IHttpClientFactory</c>), use <see cref="HttpClientInterpreter(HttpClient, TimeSpan)"/>.
    /// </summary>
    public static HttpClientInterpreter ForHandler(HttpMessageHandler handler, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(handler);
        return new HttpClientInterpreter(handler, null, timeout);
    }

    /// <summary>
    /// The handler this interpreter sends through: <paramref name="credentials"/>' client certificate on every connection,
    /// the bank's certificate verified against its trusted roots only (the system's when it has none), TLS 1.2 or 1.3, no
    /// redirects followed, no cookies. For an <c>HttpClient</c> of your own — <c>IHttpClientFactory</c>'s primary handler,
    /// a tuned connection limit — with the same security; <paramref name="credentials"/> must outlive it (and, under a
    /// factory, every handler it makes). With <c>IHttpClientFactory</c>:
    /// <code>
    /// services.AddHttpClient("bank")
    ///     .ConfigurePrimaryHttpMessageHandler(() =&gt; HttpClientInterpreter.MutualTlsHandler(credentials, TimeSpan.FromSeconds(10)));
    /// var http = new HttpClientInterpreter(factory.CreateClient("bank"), TimeSpan.FromSeconds(30));
    /// </code>
    /// </summary>
    /// <param name="credentials">The transport certificate and the roots to trust.</param>
    /// <param name="connectTimeout">How long a TCP connect and TLS handshake may take.</param>
    public static SocketsHttpHandler MutualTlsHandler(TransportCredentials credentials, TimeSpan connectTimeout)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        var ssl = new SslClientAuthenticationOptions
        {
            EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
            ClientCertificateContext = credentials.ClientCertificate,
            CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
        };
        if (credentials.TrustedRoots.Count > 0)
        {
            // Custom root trust: the bank's chain must end at one of these roots, and only these.
            var policy = new X509ChainPolicy
            {
                TrustMode = X509ChainTrustMode.CustomRootTrust,
                RevocationMode = X509RevocationMode.NoCheck,
            };
            policy.CustomTrustStore.AddRange(credentials.TrustedRoots);
            ssl.CertificateChainPolicy = policy;
        }

        return new SocketsHttpHandler
        {
            SslOptions = ssl,
            AllowAutoRedirect = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = connectTimeout,
        };
    }

    /// <summary>
    /// An interpreter with the config's transport credentials and timeout. Credentials loaded with the config
    /// (<see cref="ValidatedApiConfig.TransportCredentials"/>, as <see cref="ConfigFile.Load(string)"/> does) are used as
    /// they are and stay the config's: disposing the interpreter leaves them usable. Otherwise the files the config names
    /// are read now and belong to the interpreter; unreadable files are one <see cref="ConfigError"/> listing them all.
    /// </summary>
    public static Either<OpenBankingError, HttpClientInterpreter> Create(ValidatedApiConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return config.TransportCredentials is { } loaded
            ? new HttpClientInterpreter(loaded.Borrowed(), config.RequestTimeout)
            : TransportCredentials.Load(config.TransportFiles)
                .Map(credentials => new HttpClientInterpreter(credentials, config.RequestTimeout))
                .MapLeft(e => (OpenBankingError)e);
    }

    /// <inheritdoc />
    public EitherAsync<OpenBankingError, HttpResponseSpec> Send(HttpRequestSpec request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendAsync(request, cancellationToken).ToAsync();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsClient)
        {
            _client.Dispose();
        }

        _credentials?.Dispose();
    }

    private static HttpClient OwnClient(HttpMessageHandler handler) =>
        new(handler, disposeHandler: true)
        {
            Timeout = Timeout.InfiniteTimeSpan,
            MaxResponseContentBufferSize = MaxResponseBytes,
        };

    private async Task<Either<OpenBankingError, HttpResponseSpec>> SendAsync(HttpRequestSpec request, CancellationToken cancellationToken)
    {
        if (!request.Uri.IsAbsoluteUri || (request.Uri.Scheme != Uri.UriSchemeHttps && request.Uri.Scheme != Uri.UriSchemeHttp))
        {
            return new ValidationError("uri", $"'{request.Operation}' is not sent to an absolute http(s) URI");
        }

        var host = request.Uri.IsDefaultPort ? request.Uri.Host : $"{request.Uri.Host}:{request.Uri.Port}";
        if (HeaderValues.Problem(request.Headers) is { } headerProblem)
        {
            // Checked here too, for descriptions built by hand: a CR or LF must never reach the wire.
            return new ValidationError("headers", headerProblem);
        }

        return await ToMessage(request)
            .MatchAsync(RightAsync: message => Exchange(message, request, host, cancellationToken), Left: Either<OpenBankingError, HttpResponseSpec>.Left)
            .ConfigureAwait(false);
    }

    private async Task<Either<OpenBankingError, HttpResponseSpec>> Exchange(
        HttpRequestMessage message, HttpRequestSpec request, string host, CancellationToken cancellationToken)
    {
        using var owned = message;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_timeout);
        try
        {
            // Headers first, then a counted read of the (decompressed) body: a 100 MB page or a gzip bomb costs at most the cap.
            using var response = await _client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            var cap = AcceptsOnlyJson(request) ? MaxJsonResponseBytes : MaxResponseBytes;
            if (response.Content.Headers.ContentLength > cap)
            {
                return TooLarge(host, cap, $"it declared {response.Content.Headers.ContentLength} bytes");
            }

            var body = await ReadBounded(response.Content, cap, timeout.Token).ConfigureAwait(false);
            if (body is null)
            {
                return TooLarge(host, cap, "the body went on past it");
            }

            var headers = EquatableList.Own(response.Headers.Concat(response.Content.Headers)
                .SelectMany(h => h.Value.Select(v => KeyValuePair.Create(h.Key, v)))
                .ToArray());
            return new HttpResponseSpec((int)response.StatusCode, headers, body);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException)
        {
            return new TransportError(host, TransportFailure.Timeout, $"no complete answer within {_timeout.TotalSeconds:0.###} s (request_timeout_seconds)");
        }
        catch (HttpRequestException e)
        {
            var failure = Classify(e);
            var hint = failure switch
            {
                TransportFailure.ConnectionClosed when _credentials?.ClientCertificate is not null =>
                    " (over mutual TLS this usually means the server refused the transport certificate)",
                TransportFailure.Tls when _credentials is not null && Innermost(e).Message.Contains("certificate chain", StringComparison.Ordinal) =>
                    _credentials.TrustedRoots.Count > 0
                        ? " (the bank's server certificate does not chain to a root in ca_bundle_file)"
                        : " (the bank's server certificate does not chain to a root the system trusts; set ca_bundle_file for a private CA)",
                _ => "",
            };
            return new TransportError(host, failure, Causes(e) + hint);
        }
        catch (HttpIOException e) when (e.HttpRequestError == HttpRequestError.InvalidResponse)
        {
            return new TransportError(host, TransportFailure.InvalidResponse, Causes(e));
        }
        catch (IOException e)
        {
            return new TransportError(host, TransportFailure.ConnectionClosed, Causes(e));
        }
        catch (InvalidDataException e)
        {
            // A Content-Encoding body that does not decompress.
            return new TransportError(host, TransportFailure.InvalidResponse, $"the body could not be decompressed: {Causes(e)}");
        }
    }

    private static TransportError TooLarge(string host, int cap, string detail) =>
        new(host, TransportFailure.ResponseTooLarge,
            $"more than {cap / (1024 * 1024)} MiB, the most read for this request (counted after decompression); {detail}");

    /// <summary>
    /// True when every media range in the request's Accept is JSON (or there is no Accept): the answer will be parsed,
    /// so the smaller cap applies. A statement file asks for <c>application/pdf</c> and the like.
    /// </summary>
    private static bool AcceptsOnlyJson(HttpRequestSpec request) =>
        request.Headers
            .Where(h => h.Key.Equals("Accept", StringComparison.OrdinalIgnoreCase))
            .SelectMany(h => h.Value.Split(','))
            .Select(range => range.Split(';')[0].Trim())
            .All(type => type is "application/json" or "application/jwt" || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The body, or null when it is longer than <paramref name="cap"/> bytes. A declared length (already checked against
    /// the cap) is read into one array; otherwise chunks are read until the end or until the cap is passed.
    /// </summary>
    private static async Task<byte[]?> ReadBounded(HttpContent content, int cap, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            if (content.Headers.ContentLength is { } length)
            {
                var exact = new byte[length];
                await stream.ReadExactlyAsync(exact, cancellationToken).ConfigureAwait(false);
                return exact;
            }

            var chunks = new List<(byte[] Bytes, int Count)>();
            long total = 0;
            while (true)
            {
                var chunk = new byte[ChunkBytes];
                var count = await stream.ReadAtLeastAsync(chunk, ChunkBytes, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
                total += count;
                if (total > cap)
                {
                    return null;
                }

                chunks.Add((chunk, count));
                if (count < ChunkBytes)
                {
                    break;
                }
            }

            var body = new byte[total];
            var offset = 0;
            foreach (var (bytes, count) in chunks)
            {
                bytes.AsSpan(0, count).CopyTo(body.AsSpan(offset));
                offset += count;
            }

            return body;
        }
    }

    /// <summary>
    /// The message for <paramref name="request"/>, or a <see cref="ValidationError"/> for what <see cref="HttpRequestMessage"/>
    /// refuses — a content header among the request headers, a content type that does not parse — so that a description
    /// built by hand is an error value, never an exception out of <see cref="Send"/>.
    /// </summary>
    private static Either<OpenBankingError, HttpRequestMessage> ToMessage(HttpRequestSpec request)
    {
        MediaTypeHeaderValue? mediaType = null;
        if (request.Body.ContentType is { } contentType && !MediaTypeHeaderValue.TryParse(contentType, out mediaType))
        {
            return new ValidationError("body", $"the content type '{contentType}' of '{request.Operation}' is not a media type");
        }

        var message = new HttpRequestMessage(request.Method, request.Uri);
        foreach (var (name, value) in request.Headers)
        {
            if (!message.Headers.TryAddWithoutValidation(name, value))
            {
                // Content headers come from the body; anything else refused here is a builder bug.
                message.Dispose();
                return new ValidationError("headers", $"the header '{name}' cannot be sent as a request header (a content header comes from the body)");
            }
        }

        if (mediaType is not null)
        {
            message.Content = new ByteArrayContent(request.Body.ToBytes());
            message.Content.Headers.ContentType = mediaType;
        }

        return message;
    }

    private static TransportFailure Classify(HttpRequestException e) => e.HttpRequestError switch
    {
        HttpRequestError.NameResolutionError => TransportFailure.NameResolution,
        HttpRequestError.ConnectionError => TransportFailure.Connection,
        HttpRequestError.SecureConnectionError => TransportFailure.Tls,
        HttpRequestError.ResponseEnded => TransportFailure.ConnectionClosed,
        HttpRequestError.InvalidResponse => TransportFailure.InvalidResponse,
        _ when Innermost(e) is AuthenticationException => TransportFailure.Tls,
        _ => TransportFailure.Other,
    };

    private static Exception Innermost(Exception e) => e.InnerException is { } inner ? Innermost(inner) : e;

    // "The SSL connection could not be established → The remote certificate is invalid ... UntrustedRoot".
    private static string Causes(Exception e)
    {
        var messages = new List<string>();
        for (var current = e; current is not null; current = current.InnerException)
        {
            var message = ExceptionText.FirstLine(current);
            var generic = message.EndsWith("see inner exception.", StringComparison.Ordinal)
                || message == "An error occurred while sending the request.";
            if (message.Length > 0 && !generic && !messages.Contains(message))
            {
                messages.Add(message);
            }
        }

        return string.Join(" → ", messages);
    }
}
