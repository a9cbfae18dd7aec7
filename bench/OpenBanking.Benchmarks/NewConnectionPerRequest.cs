using LanguageExt;
using OpenBanking.Core.Configuration;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;
using OpenBanking.Core.Io;

namespace OpenBanking.Benchmarks;

/// <summary>
/// What a TPP gets from <c>new HttpClient(handler)</c> per request: the library's mutual TLS handler (client
/// certificate, the bank's CA as the only root), but a new one each time, so a new TCP connection and TLS handshake for
/// every request.
/// </summary>
internal sealed class NewConnectionPerRequest : IRequestInterpreter, IDisposable
{
    private readonly TransportCredentials _credentials;
    private readonly TimeSpan _timeout;

    public NewConnectionPerRequest(ValidatedApiConfig config)
    {
        _credentials = TransportCredentials.Load(config.TransportFiles).Match(Right: c => c, Left: e => throw new InvalidOperationException(e.ToString()));
        _timeout = config.RequestTimeout;
    }

    public EitherAsync<OpenBankingError, HttpResponseSpec> Send(HttpRequestSpec request, CancellationToken cancellationToken = default) =>
        SendAsync(request, cancellationToken).ToAsync();

    public void Dispose() => _credentials.Dispose();

    private async Task<Either<OpenBankingError, HttpResponseSpec>> SendAsync(HttpRequestSpec request, CancellationToken cancellationToken)
    {
        // The library's own mTLS handler, new each time: what `new HttpClient(handler)` per request does.
        var handler = HttpClientInterpreter.MutualTlsHandler(_credentials, _timeout);
        using var http = HttpClientInterpreter.ForHandler(handler, _timeout);
        return await http.Send(request, cancellationToken).ToEither().ConfigureAwait(false);
    }
}
