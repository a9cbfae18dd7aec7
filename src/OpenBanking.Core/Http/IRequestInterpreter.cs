using LanguageExt;
using OpenBanking.Core.Errors;

namespace OpenBanking.Core.Http;

/// <summary>
/// Executes request descriptions. This is the only I/O boundary of the library: the mTLS
/// <c>Io.HttpClientInterpreter</c>, and (in tests and tools) recording, replaying and
/// in-memory interpreters all have this one method.
/// </summary>
public interface IRequestInterpreter
{
    /// <summary>
    /// Sends <paramref name="request"/> and returns the response, whatever its status. Network,
    /// TLS and timeout failures are a <see cref="TransportError"/>; cancellation through
    /// <paramref name="cancellationToken"/> throws <see cref="OperationCanceledException"/>.
    /// </summary>
    EitherAsync<OpenBankingError, HttpResponseSpec> Send(HttpRequestSpec request, CancellationToken cancellationToken = default);
}
