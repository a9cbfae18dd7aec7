using LanguageExt;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;
using OpenBanking.Core.Io;

namespace OpenBanking.Conformance.Fixtures;

/// <summary>
/// Records every exchange through <paramref name="inner"/> into a fixture file, rewriting it after each exchange so
/// the file is complete whenever the flow stops. Secrets are replaced before anything is kept (see <see cref="Secrets"/>).
/// </summary>
/// <param name="inner">The interpreter that does the work.</param>
/// <param name="path">The fixture file.</param>
/// <param name="metadata">What to say about the recording (API version, auth method, tool, ...).</param>
/// <param name="options">
/// What the recording keeps and the clock that times it; <see cref="FixtureOptions.Default"/> (no secret, no signature,
/// system clock) when null. An opt-in such as kept id_token signatures is stated in the fixture's metadata.
/// </param>
public sealed class FixtureRecorder(IRequestInterpreter inner, string path, IReadOnlyDictionary<string, string> metadata, FixtureOptions? options = null) : IRequestInterpreter
{
    private readonly List<FixtureExchange> _exchanges = [];
    private readonly Lock _gate = new();
    private readonly FixtureOptions _options = options ?? FixtureOptions.Default;
    private readonly IReadOnlyDictionary<string, string> _metadata = (options ?? FixtureOptions.Default).Describe(metadata);

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
        var started = _options.Clock.GetTimestamp();
        return inner.Send(request, cancellationToken)
            .Do(response => Record(request, response, _options.Clock.GetElapsedTime(started)))
            .MapLeft(error =>
            {
                Record(request, null, _options.Clock.GetElapsedTime(started));
                return error;
            });
    }

    private void Record(HttpRequestSpec request, HttpResponseSpec? response, TimeSpan elapsed)
    {
        var exchange = FixtureDocument.Exchange(request, response, elapsed, _options);
        string text;
        lock (_gate)
        {
            _exchanges.Add(exchange);
            text = FixtureDocument.Write(_metadata, _exchanges);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, text);
    }
}
