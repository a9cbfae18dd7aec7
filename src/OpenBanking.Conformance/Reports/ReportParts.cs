using System.Globalization;
using OpenBanking.Conformance.Fixtures;
using OpenBanking.Conformance.Rules;

namespace OpenBanking.Conformance.Reports;

/// <summary>What every format says the same way: severities, request lines, counts.</summary>
internal static class ReportParts
{
    /// <summary>ERROR, WARNING or INFO.</summary>
    public static string Label(Severity severity) => severity.ToString().ToUpperInvariant();

    /// <summary>The request line of an exchange (<c>#3 POST https://…/token</c>), its URL scrubbed, or <c>#3</c> when the report does not have it.</summary>
    public static string Describe(CheckReport report, int exchange) =>
        Request(report, exchange) is { } line ? line.ToString() : $"#{exchange}";

    /// <summary>The exchange's request line with its URL scrubbed (again: a report may be built by hand), or null.</summary>
    public static RequestLine? Request(CheckReport report, int exchange) =>
        report.Request(exchange) is { } line ? line with { Url = Secrets.Url(line.Url) } : null;

    /// <summary>How many failures of <paramref name="severity"/>.</summary>
    public static int Count(IEnumerable<CheckReport> reports, Severity severity) =>
        reports.Sum(r => r.Violations.Count(v => v.Rule.Severity == severity));

    /// <summary>How many distinct rules were run over all the reports.</summary>
    public static int RulesRun(IEnumerable<CheckReport> reports) =>
        reports.SelectMany(r => r.Rules).Select(r => r.Id).Distinct(StringComparer.Ordinal).Count();

    /// <summary><c>1 error</c>, <c>2 errors</c>.</summary>
    public static string Plural(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : noun + "s");

    /// <summary>Text on one line: control characters (a recorded value may hold any) become spaces.</summary>
    public static string OneLine(string text) => Traffic.OneLine.Of(text);
}
