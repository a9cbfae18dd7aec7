namespace OpenBanking.Core.Errors;

/// <summary>The configuration cannot be used; every problem found is listed at once.</summary>
public sealed record ConfigError : OpenBankingError
{
    /// <summary>Creates an error listing <paramref name="problems"/> (at least one).</summary>
    public ConfigError(IReadOnlyList<ConfigProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (problems.Count == 0)
        {
            throw new ArgumentException("A ConfigError needs at least one problem.", nameof(problems));
        }

        Problems = problems.ToEquatableList();
    }

    /// <summary>Creates an error with a single problem.</summary>
    public ConfigError(string field, string reason)
        : this([new ConfigProblem(field, reason)])
    {
    }

    /// <summary>Every problem found, in field order.</summary>
    public EquatableList<ConfigProblem> Problems { get; }

    /// <inheritdoc />
    public override string Message =>
        Problems.Count == 1
            ? $"Configuration problem: {Problems[0]}."
            : $"{Problems.Count} configuration problems: {string.Join("; ", Problems)}.";
}
