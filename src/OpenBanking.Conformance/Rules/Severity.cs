namespace OpenBanking.Conformance.Rules;

/// <summary>How much a failed rule matters.</summary>
public enum Severity
{
    /// <summary>Worth knowing; nothing will break.</summary>
    Info,

    /// <summary>Allowed, but a bank may refuse it or it hides a mistake.</summary>
    Warning,

    /// <summary>Breaks the Read/Write API or FAPI: a conforming bank refuses it (or a TPP cannot rely on it).</summary>
    Error,
}
