using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using LanguageExt;
using OpenBanking.Conformance.Fixtures;
using OpenBanking.Conformance.Traffic;
using OpenBanking.Core;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;

namespace OpenBanking.Conformance.Replay;

/// <summary>
/// Answers from a recording instead of a bank: the n-th request gets the n-th recorded response, once it has been
/// checked against the n-th recorded request (<see cref="ReplayComparison"/>, with secrets replaced in it exactly as
/// a recording replaces them, and the declared <see cref="ReplayTolerance"/>s). A request that differs, or that comes
/// after the last recorded exchange, is a <see cref="ValidationError"/> on <c>replay</c> naming the exchange, the
/// operation and every difference with its path, the recorded value and the value sent; nothing is thrown. A request
/// whose recording holds no answer (a transport failure was recorded) is a <see cref="TransportError"/>.
/// </summary>
/// <remarks>Use <see cref="AllUsed"/> after the flow to check that it made every recorded call.</remarks>
public sealed class ReplayInterpreter : IRequestInterpreter
{
    /// <summary>The <see cref="ValidationError.Check"/> of every refusal.</summary>
    public const string Check = "replay";

    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Lock _gate = new();
    private readonly List<ReplayMismatch> _mismatches = [];
    private int _used;

    /// <summary>Replays <paramref name="traffic"/>, excusing only what <paramref name="tolerances"/> declare (<see cref="ReplayTolerance.Defaults"/> when null).</summary>
    public ReplayInterpreter(RecordedTraffic traffic, IEnumerable<ReplayTolerance>? tolerances = null)
    {
        ArgumentNullException.ThrowIfNull(traffic);
        Traffic = traffic;
        Tolerances = [.. tolerances ?? ReplayTolerance.Defaults];
    }

    /// <summary>The recording.</summary>
    public RecordedTraffic Traffic { get; }

    /// <summary>What may differ.</summary>
    public IReadOnlyList<ReplayTolerance> Tolerances { get; }

    /// <summary>How many recorded exchanges have been answered.</summary>
    public int Used
    {
        get
        {
            lock (_gate)
            {
                return _used;
            }
        }
    }

    /// <summary>True when every recorded exchange has been answered: the code under test made every recorded call.</summary>
    public bool AllUsed => Used == Traffic.Exchanges.Count;

    /// <summary>The recorded exchanges not answered yet, in order.</summary>
    public IReadOnlyList<Exchange> Unused => [.. Traffic.Exchanges.Skip(Used)];

    /// <summary>Every request refused for differing from its recording, in order.</summary>
    public IReadOnlyList<ReplayMismatch> Mismatches
    {
        get
        {
            lock (_gate)
            {
                return [.. _mismatches];
            }
        }
    }

    /// <summary>"all 13 exchanges used", or how many were and which come next.</summary>
    public string Usage =>
        Unused is { Count: > 0 } unused
            ? $"{Traffic.Exchanges.Count - unused.Count} of {Traffic.Exchanges.Count} exchanges of '{Traffic.Source}' used; not used: {string.Join(", ", unused.Select(e => $"{e.Number} ({Name(e.Request)})"))}"
            : $"all {Traffic.Exchanges.Count} exchanges of '{Traffic.Source}' used";

    /// <inheritdoc />
    public EitherAsync<OpenBankingError, HttpResponseSpec> Send(HttpRequestSpec request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        return Answer(request).ToAsync();
    }

    /// <summary>The HTTP response a recorded response stands for: its status, its headers, and its body as text or JSON.</summary>
    public static HttpResponseSpec Response(RecordedResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var body = response.Body switch
        {
            RecordedBody.Json json => json.Value is null ? "null" : json.Value.ToJsonString(Compact),
            RecordedBody.Text text => text.Value,
            _ => "",
        };
        return new HttpResponseSpec(response.Status, response.Headers, Encoding.UTF8.GetBytes(body));
    }

    /// <summary>The request as a recording holds it: secrets replaced (see <see cref="Secrets"/>), Content-Type from the body.</summary>
    public static Either<OpenBankingError, RecordedRequest> AsRecorded(HttpRequestSpec request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var recorded = FixtureDocument.Exchange(request, null, TimeSpan.Zero).Request;
        return FixtureReader.ReadRequest(recorded, request.Operation)
            .MapLeft(e => (OpenBankingError)new ValidationError(Check, $"the request '{request.Operation}' cannot be compared with a recording: {e.Path} {e.Message}"));
    }

    private Either<OpenBankingError, HttpResponseSpec> Answer(HttpRequestSpec request) =>
        AsRecorded(request).Bind(sent =>
        {
            lock (_gate)
            {
                var exchanges = Traffic.Exchanges;
                if (_used >= exchanges.Count)
                {
                    return Prelude.Left<OpenBankingError, HttpResponseSpec>(new ValidationError(Check,
                        $"request {_used + 1} ({request.Operation}: {sent.Method} {sent.Url}) comes after the last of the {exchanges.Count} exchanges recorded in '{Traffic.Source}'"));
                }

                var exchange = exchanges[_used];
                var differences = ReplayComparison.Compare(exchange.Request, sent, Tolerances);
                if (differences.Count > 0)
                {
                    var mismatch = new ReplayMismatch(exchange.Number, Operation(request, exchange), differences.ToEquatableList());
                    _mismatches.Add(mismatch);
                    return new ValidationError(Check, $"{mismatch} ['{Traffic.Source}', exchange {exchange.Number} of {exchanges.Count}]");
                }

                _used++;
                return exchange.Response is { } response
                    ? Response(response)
                    : new TransportError(exchange.Request.Url.Authority, TransportFailure.Other,
                        $"exchange {exchange.Number} of '{Traffic.Source}' recorded no answer to {request.Operation} (the request failed when it was recorded)");
            }
        });

    private static string Operation(HttpRequestSpec request, Exchange exchange) =>
        exchange.Request.Operation is { } recorded && recorded != request.Operation
            ? $"{request.Operation}; recorded as {recorded}"
            : request.Operation;

    private static string Name(RecordedRequest request) => request.Operation ?? $"{request.Method} {request.Path}";
}
