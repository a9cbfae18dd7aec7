using System.Diagnostics;
using LanguageExt;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Fixtures;
using OpenBanking.Core.Http;

namespace OpenBanking.Core.Io;

/// <summary>
/// Records every exchange through <paramref name="inner"/> into a fixture file, rewriting it after each exchange so
/// the file is complete whenever the flow stops. Secrets are replaced before anything is kept (see <see cref="Secrets"/>).
/// </summary>
/// <param name="inner">The interpreter that does the work.</param>
/// <param name="path">The fixture file.</param>
/// <param name="metadata">What to say about the recording (API version, auth method, tool, ...).</param>
public sealed class FixtureRecorder(IRequestInterpreter inner, string path, IReadOnlyDictionary<string, string> metadata) : IRequestInterpreter
{
    private readonly List<FixtureExchange> _exchanges = [];
    private readonly Lock _gate = new();

    /// <summary>The exchanges recorded so far.</summary>
    public IReadOnlyList<FixtureExchange> Exchanges
    {
        get
        {
            lock (_gate)
            {
                return [.. _exchanges];
            }
        }
    }

    /// <inheritdoc />
    public EitherAsync<OpenBankingError, HttpResponseSpec> Send(HttpRequestSpec request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var clock = Stopwatch.StartNew();
        return inner.Send(request, cancellationToken)
            .Do(response => Record(request, response, clock.Elapsed))
            .MapLeft(error =>
            {
                Record(request, null, clock.Elapsed);
                return error;
            });
    }

    private void Record(HttpRequestSpec request, HttpResponseSpec? response, TimeSpan elapsed)
    {
        var exchange = FixtureDocument.Exchange(request, response, elapsed);
        string text;
        lock (_gate)
        {
            _exchanges.Add(exchange);
            text = FixtureDocument.Write(metadata, _exchanges);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, text);
    }
}
