namespace OpenBanking.Conformance.Rules;

/// <summary>A rule: what it is, and a pure check of one exchange in the context of its recording.</summary>
/// <param name="Info">The rule's id, severity, reference and advice.</param>
/// <param name="Check">Every place the exchange breaks the rule; empty when it keeps it or the rule does not apply.</param>
public sealed record Rule(RuleInfo Info, Func<ExchangeView, IEnumerable<Finding>> Check);
