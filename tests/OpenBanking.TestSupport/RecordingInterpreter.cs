using System.Collections.Concurrent;
using LanguageExt;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;

namespace OpenBanking.TestSupport;

/// <summary>Passes every request to <paramref name="inner"/> and keeps the exchange, for snapshots of whole flows.</summary>
public sealed class RecordingInterpreter(IRequestInterpreter inner) : IRequestInterpreter
{
    private readonly ConcurrentQueue<(HttpRequestSpec Request, HttpResponseSpec? Response)> _exchanges = new();

    /// <summary>The exchanges so far, in order; a response is null when the interpreter returned an error.</summary>
    public IReadOnlyList<(HttpRequestSpec Request, HttpResponseSpec? Response)> Exchanges => _exchanges.ToList();

    /// <inheritdoc />
    public EitherAsync<OpenBankingError, HttpResponseSpec> Send(HttpRequestSpec request, CancellationToken cancellationToken = default) =>
        inner.Send(request, cancellationToken)
            .Do(response => _exchanges.Enqueue((request, response)))
            .MapLeft(error =>
            {
                _exchanges.Enqueue((request, null));
                return error;
            });
}
