using System.Text;
using System.Text.RegularExpressions;
using OpenBanking.Conformance.Rules;
using static OpenBanking.Conformance.Reports.ReportParts;

namespace OpenBanking.Conformance.Reports;

/// <summary>
/// Check reports as lines for a person or a CI log. Per recording: its name, then each exchange that broke a rule
/// (<c>#3 POST https://bank.example/token</c>) followed by one line per violation
/// (<c>  ERROR TPP-TOK-002 $.request.body.grant_type: …</c>), then a summary line
/// (<c>capture.har: 12 exchanges, 2 errors, 1 warning, rules run 10</c>); a recording without violations gets only
/// its summary line, saying so. Last, the summary of them all (<c>Total: 2 recordings, …</c>).
/// </summary>
public static partial class TextReport
{
    /// <summary>One report.</summary>
    public static string Write(CheckReport report) => Write([report]);

    /// <summary>Several reports, then their total.</summary>
    public static string Write(IReadOnlyList<CheckReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var text = new StringBuilder();
        foreach (var report in reports)
        {
            if (report.Violations.Count > 0)
            {
                text.Append(OneLine(report.Source)).Append('\n');
                foreach (var exchange in report.Violations.GroupBy(v => v.Exchange))
                {
                    text.Append(Abbreviate(OneLine(Describe(report, exchange.Key)))).Append('\n');
                    foreach (var violation in exchange)
                    {
                        text.Append("  ").Append(Label(violation.Rule.Severity)).Append(' ').Append(violation.Rule.Id).Append(' ')
                            .Append(OneLine(violation.Path)).Append(": ").Append(OneLine(violation.Message)).Append('\n');
                    }
                }
            }

            text.Append(OneLine(report.Source)).Append(": ").Append(Summary([report])).Append("\n\n");
        }

        return text.Append("Total: ").Append(Plural(reports.Count, "recording")).Append(", ").Append(Summary(reports)).Append('\n').ToString();
    }

    /// <summary><c>12 exchanges, 2 errors, 1 warning, rules run 10</c>, or <c>12 exchanges, no violations, rules run 10</c>.</summary>
    private static string Summary(IReadOnlyList<CheckReport> reports)
    {
        var exchanges = Plural(reports.Sum(r => r.Exchanges), "exchange");
        var rules = $"rules run {RulesRun(reports)}";
        if (reports.All(r => r.Violations.Count == 0))
        {
            return $"{exchanges}, no violations, {rules}";
        }

        var infos = Count(reports, Severity.Info);
        return $"{exchanges}, {Plural(Count(reports, Severity.Error), "error")}, {Plural(Count(reports, Severity.Warning), "warning")}, "
            + (infos > 0 ? $"{infos} info, " : "") + rules;
    }

    /// <summary>
    /// The request line with each long query value (a request object, an id_token) cut to its first 24 characters:
    /// the violation's path says what to look at, and the JSON and JUnit reports keep the whole URL.
    /// </summary>
    internal static string Abbreviate(string requestLine) =>
        LongQueryValue().Replace(requestLine, m => $"{m.Groups["name"].Value}{m.Groups["value"].Value[..24]}…");

    [GeneratedRegex("(?<name>[?&#][^=&#\\s]+=)(?<value>[^&#\\s]{61,})")]
    private static partial Regex LongQueryValue();
}
