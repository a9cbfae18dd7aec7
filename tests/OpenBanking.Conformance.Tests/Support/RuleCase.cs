using OpenBanking.Conformance.Traffic;

namespace OpenBanking.Conformance.Tests.Support;

/// <summary>
/// A rule's proof: a recording that keeps it and one that breaks it, at <paramref name="Path"/>. Every rule in the
/// catalogue has at least one (CatalogueTests checks).
/// </summary>
/// <param name="RuleId">The rule.</param>
/// <param name="Name">What the failing recording does wrong.</param>
/// <param name="Passing">A recording the rule finds nothing in.</param>
/// <param name="Failing">The same recording broken in one place.</param>
/// <param name="Path">Where the rule must report it.</param>
public sealed record RuleCase(string RuleId, string Name, RecordedTraffic Passing, RecordedTraffic Failing, string Path)
{
    public override string ToString() => $"{RuleId}: {Name}";
}
