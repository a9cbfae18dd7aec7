using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using OpenBanking.Conformance.Rules;
using OpenBanking.Conformance.Traffic;

namespace OpenBanking.Conformance.Endpoints;

/// <summary>
/// What a recording says that many exchanges ask about, worked out once per recording rather than once per exchange
/// (which made a check quadratic in the number of exchanges): the issuer and token endpoints, the endpoint of every
/// exchange, and the indexes rules build over earlier exchanges (<see cref="Index{T}"/>). One per
/// <see cref="RecordedTraffic"/> instance, kept as long as the recording is, so every view of a check shares it.
/// </summary>
internal sealed class RecordingFacts
{
    private static readonly ConditionalWeakTable<RecordedTraffic, RecordingFacts> Known = [];

    private readonly Lazy<Endpoint[]> endpoints;
    private readonly Lazy<int[]> runningHighestNumber;
    private readonly ConcurrentDictionary<object, Lazy<object>> indexes = new();

    private RecordingFacts(RecordedTraffic traffic)
    {
        Traffic = traffic;
        var discovery = traffic.Exchanges
            .Where(e => e.Request.Path.EndsWith("/.well-known/openid-configuration", StringComparison.Ordinal))
            .Select(e => (e.Response?.Body as RecordedBody.Json)?.Value)
            .ToList();
        Issuer = traffic.Meta("issuer") ?? discovery.Select(d => JsonValues.Text(JsonValues.Member(d, "issuer"))).FirstOrDefault(i => i is not null);
        TokenEndpoints =
        [
            .. new[] { traffic.Meta("token_endpoint") }
                .Concat(discovery.SelectMany(d => new[]
                {
                    JsonValues.Text(JsonValues.Member(d, "token_endpoint")),
                    JsonValues.Text(JsonValues.Member(JsonValues.Member(d, "mtls_endpoint_aliases"), "token_endpoint")),
                }))
                .OfType<string>()
                .Distinct(StringComparer.Ordinal),
        ];
        RecordedAt = WireFormats.RecordedTime(traffic.Meta("recorded_at"));
        endpoints = new(() => [.. traffic.Exchanges.Select(e => Endpoint.Of(e.Request, this))]);
        runningHighestNumber = new(() =>
        {
            var highest = new int[traffic.Exchanges.Count];
            for (var i = 0; i < highest.Length; i++)
            {
                highest[i] = Math.Max(i == 0 ? int.MinValue : highest[i - 1], traffic.Exchanges[i].Number);
            }

            return highest;
        });
    }

    /// <summary>The recording.</summary>
    public RecordedTraffic Traffic { get; }

    /// <summary>The authorization server's issuer: the recording's <c>issuer</c>, else a discovery document's <c>issuer</c> in it; null when neither.</summary>
    public string? Issuer { get; }

    /// <summary>The token endpoint URLs the recording names (see <see cref="TrafficFacts.TokenEndpoints"/>).</summary>
    public IReadOnlyList<string> TokenEndpoints { get; }

    /// <summary>The recording's <c>recorded_at</c>, when it has a readable one.</summary>
    public DateTimeOffset? RecordedAt { get; }

    /// <summary>The endpoint of each exchange, in the order of <see cref="RecordedTraffic.Exchanges"/>.</summary>
    public IReadOnlyList<Endpoint> Endpoints => endpoints.Value;

    /// <summary>The facts of <paramref name="traffic"/>, worked out on first use and kept with it.</summary>
    public static RecordingFacts Of(RecordedTraffic traffic) => Known.GetValue(traffic, t => new RecordingFacts(t));

    /// <summary>
    /// How many exchanges, from the start of the recording, come before the first whose number is
    /// <paramref name="number"/> or more: the exchanges "before" an exchange numbered <paramref name="number"/>, as a
    /// walk from the start that stops there sees them.
    /// </summary>
    public int CountBefore(int number)
    {
        // The running highest number never falls, so the first place it reaches the number is found by halving.
        var highest = runningHighestNumber.Value;
        int low = 0, high = highest.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (highest[middle] >= number)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }

    /// <summary>
    /// A rule's index over the whole recording, built by <paramref name="build"/> the first time <paramref name="key"/>
    /// asks for it and shared by every exchange after. The key is the rule's own object, so indexes never collide.
    /// </summary>
    public T Index<T>(object key, Func<RecordingFacts, T> build)
        where T : class =>
        (T)indexes.GetOrAdd(key, _ => new Lazy<object>(() => build(this))).Value;
}
