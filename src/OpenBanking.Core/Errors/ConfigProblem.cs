namespace OpenBanking.Core.Errors;

/// <summary>One problem with one configuration field.</summary>
/// <param name="Field">The configuration key, as written in the JSON file (snake_case).</param>
/// <param name="Reason">What is wrong and what to change.</param>
public sealed record ConfigProblem(string Field, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"{Field}: {Reason}";
}
