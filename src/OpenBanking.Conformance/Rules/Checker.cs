using OpenBanking.Conformance.Endpoints;
using OpenBanking.Conformance.Traffic;

namespace OpenBanking.Conformance.Rules;

/// <summary>Runs rules over a recording: pure, so the same recording always gives the same report.</summary>
public static class Checker
{
    /// <summary>Checks every exchange of <paramref name="traffic"/> against <paramref name="rules"/> (default: the whole catalogue).</summary>
    public static CheckReport Check(RecordedTraffic traffic, IReadOnlyList<Rule>? rules = null)
    {
        ArgumentNullException.ThrowIfNull(traffic);
        rules ??= RuleCatalogue.All;
        // The endpoint of every exchange, the issuer and the like are worked out once for the recording, not per exchange.
        var facts = RecordingFacts.Of(traffic);
        var violations = traffic.Exchanges
            .Select((exchange, i) => new ExchangeView(exchange, facts.Endpoints[i], traffic))
            .SelectMany(view => rules.SelectMany(rule => rule.Check(view).Select(f => new Violation(rule.Info, view.Exchange.Number, f.Path, f.Detail))))
            .OrderBy(v => v.Exchange)
            .ThenBy(v => v.Rule.Id, StringComparer.Ordinal)
            .ThenBy(v => v.Path, StringComparer.Ordinal)
            .ToList();
        return new CheckReport(traffic.Source, traffic.Exchanges.Count, [.. rules.Select(r => r.Info)], violations, [.. traffic.Exchanges.Select(RequestLine.Of)]);
    }
}
