namespace OpenBanking.TestSupport;

/// <summary>What looks like a secret, and where: never the secret itself.</summary>
/// <param name="Source">The file or output it was found in.</param>
/// <param name="Line">Its line (1-based).</param>
/// <param name="Kind">What it looks like.</param>
/// <param name="Preview">Its first characters and length.</param>
public sealed record SecretFinding(string Source, int Line, string Kind, string Preview)
{
    /// <inheritdoc />
    public override string ToString() => $"{Source}:{Line}: {Kind}: {Preview}";
}
