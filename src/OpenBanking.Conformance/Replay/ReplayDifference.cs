using OpenBanking.Core;

namespace OpenBanking.Conformance.Replay;

/// <summary>One place where a request differs from its recording.</summary>
/// <param name="Path">Where (see <see cref="ReplayPath"/>).</param>
/// <param name="Expected">What the recording holds there (JSON-style: strings quoted), or what a tolerance allows; <c>(absent)</c> when nothing.</param>
/// <param name="Actual">What the request sent there; <c>(absent)</c> when nothing. Secrets are already placeholders on both sides.</param>
public sealed record ReplayDifference(ReplayPath Path, string Expected, string Actual)
{
    /// <summary>What stands for a value that is not there.</summary>
    public const string Absent = "(absent)";

    /// <summary><c>PATH: expected X, actual Y</c>.</summary>
    public override string ToString() => $"{Path}: expected {Expected}, actual {Actual}";
}

/// <summary>A request the replay refused: which exchange it was compared with, and every difference.</summary>
/// <param name="Exchange">The number of the recorded exchange it was compared with (from 1).</param>
/// <param name="Operation">The operation: the request's name for it, and the recording's when that is different.</param>
/// <param name="Differences">Every difference, in request order (method, URL, query, headers, body).</param>
public sealed record ReplayMismatch(int Exchange, string Operation, EquatableList<ReplayDifference> Differences)
{
    /// <summary>The differences, one after another.</summary>
    public override string ToString() =>
        $"exchange {Exchange} ({Operation}) differs from the recording in {Differences.Count} place{(Differences.Count == 1 ? "" : "s")}: {string.Join("; ", Differences)}";
}
