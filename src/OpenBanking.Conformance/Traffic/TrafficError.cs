namespace OpenBanking.Conformance.Traffic;

/// <summary>Why a recording could not be read: which file, where in it, and what is wrong.</summary>
/// <param name="Source">The file (or other name) being read.</param>
/// <param name="Path">Where in the document, as a JSON path (<c>$</c> for the whole document).</param>
/// <param name="Message">What is wrong, in words a person can act on.</param>
public sealed record TrafficError(string Source, string Path, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Source}: {Path}: {Message}";
}
