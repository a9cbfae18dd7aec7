using OpenBanking.Conformance.Rules;

namespace OpenBanking.Conformance.Reports;

/// <summary>The formats a check report is written in.</summary>
public enum ReportFormat
{
    /// <summary>Lines for a person or a CI log (<see cref="TextReport"/>).</summary>
    Text,

    /// <summary>A stable JSON document for tools (<see cref="JsonReport"/>).</summary>
    Json,

    /// <summary>JUnit XML for CI test views (<see cref="JUnitReport"/>).</summary>
    JUnit,
}

/// <summary>Writes check reports in a <see cref="ReportFormat"/>: pure, the same reports always give the same text.</summary>
public static class ReportWriter
{
    /// <summary>The reports in <paramref name="format"/>.</summary>
    public static string Write(ReportFormat format, IReadOnlyList<CheckReport> reports) => format switch
    {
        ReportFormat.Text => TextReport.Write(reports),
        ReportFormat.Json => JsonReport.Write(reports),
        ReportFormat.JUnit => JUnitReport.Write(reports),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "not a report format"),
    };
}
