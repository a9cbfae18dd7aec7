namespace OpenBanking.Conformance.Rules;

/// <summary>What checking one recording found.</summary>
/// <param name="Source">The recording's file (or other name).</param>
/// <param name="Exchanges">How many exchanges were checked.</param>
/// <param name="Rules">The rules that were run.</param>
/// <param name="Violations">Every failure, by exchange then rule id.</param>
public sealed record CheckReport(string Source, int Exchanges, IReadOnlyList<RuleInfo> Rules, IReadOnlyList<Violation> Violations)
{
    /// <summary>The failures of error severity.</summary>
    public int Errors => Violations.Count(v => v.Rule.Severity == Severity.Error);

    /// <summary>The failures of warning severity.</summary>
    public int Warnings => Violations.Count(v => v.Rule.Severity == Severity.Warning);

    /// <summary>True when no error-severity rule failed.</summary>
    public bool Passed => Errors == 0;
}
