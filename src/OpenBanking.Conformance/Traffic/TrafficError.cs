namespace OpenBanking.Conformance.Traffic;

/// <summary>Why a recording could not be read: which file, where in it, and what is wrong — each on one line.</summary>
/// <param name="Source">The file (or other name) being read.</param>
/// <param name="Path">Where in the document, as a JSON path (<c>$</c> for the whole document).</param>
/// <param name="Message">What is wrong, in words a person can act on.</param>
public sealed record TrafficError(string Source, string Path, string Message)
{
    /// <summary>The file (or other name) being read, control characters as spaces.</summary>
    public string Source { get; init; } = OneLine.Of(Source);

    /// <summary>Where in the document (a member name may hold any character: control characters become spaces).</summary>
    public string Path { get; init; } = OneLine.Of(Path);

    /// <summary>What is wrong (it may quote a recorded value: control characters become spaces).</summary>
    public string Message { get; init; } = OneLine.Of(Message);

    /// <inheritdoc />
    public override string ToString() => $"{Source}: {Path}: {Message}";
}
