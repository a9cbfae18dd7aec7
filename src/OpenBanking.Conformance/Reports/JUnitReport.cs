using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using OpenBanking.Conformance.Rules;
using static OpenBanking.Conformance.Reports.ReportParts;

namespace OpenBanking.Conformance.Reports;

/// <summary>
/// Check reports as JUnit XML, the test-report format CI systems show (GitHub Actions' test-report actions, GitLab's
/// <c>artifacts:reports:junit</c>, Jenkins' junit step):
/// <code>
/// &lt;testsuites name="obx check" tests="3" failures="2" errors="0"&gt;
///   &lt;testsuite name="capture.har" tests="3" failures="2" errors="0" skipped="0"&gt;
///     &lt;properties&gt;&lt;property name="rules" value="10" /&gt;&lt;/properties&gt;
///     &lt;testcase classname="capture.har" name="#1 POST https://bank.example/token" /&gt;
///     &lt;testcase classname="capture.har" name="#2 GET https://…/accounts: TPP-HDR-002 at $.request.headers.x-fapi-interaction-id"&gt;
///       &lt;failure type="ERROR" message="TPP-HDR-002: 'req-42' is not a UUID"&gt;…&lt;/failure&gt;
///     &lt;/testcase&gt;
///   &lt;/testsuite&gt;
/// &lt;/testsuites&gt;
/// </code>
/// One testsuite per recording. An exchange that broke no rule is one passing testcase; an exchange that broke rules
/// is one testcase per violation, each with exactly one failure (several failures in one testcase are shown as one, or
/// not at all, by most CI views). The failure's <c>type</c> is the severity: warnings are failures too, so report
/// only errors (<c>obx check --severity error</c>) where a CI view should not show them red.
/// </summary>
public static class JUnitReport
{
    /// <summary>One report.</summary>
    public static string Write(CheckReport report) => Write([report]);

    /// <summary>Several reports, one testsuite each.</summary>
    public static string Write(IReadOnlyList<CheckReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var suites = reports.Select(Suite).ToList();
        var root = new XElement("testsuites",
            new XAttribute("name", "obx check"),
            Counts(suites.Sum(s => s.Elements("testcase").Count()), reports.Sum(r => r.Violations.Count)),
            suites);
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, NewLineChars = "\n", OmitXmlDeclaration = true }))
        {
            root.WriteTo(writer);
        }

        // The declaration says UTF-8 (how the text is saved), not the UTF-16 of the StringBuilder.
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + text + "\n";
    }

    private static XElement Suite(CheckReport report)
    {
        var byExchange = report.Violations.ToLookup(v => v.Exchange);
        var exchanges = report.Requests?.Select(r => r.Exchange) ?? Enumerable.Range(1, report.Exchanges);
        var cases = exchanges.Union(byExchange.Select(g => g.Key)).Order()
            .SelectMany(exchange => byExchange[exchange].Any()
                ? byExchange[exchange].Select(v => Failed(report, v))
                : [Case(report, Describe(report, exchange))])
            .ToList();
        return new XElement("testsuite",
            new XAttribute("name", Xml(report.Source)),
            Counts(cases.Count, report.Violations.Count),
            new XAttribute("skipped", 0),
            new XElement("properties",
                Property("rules", report.Rules.Count.ToString(CultureInfo.InvariantCulture)),
                Property("exchanges", report.Exchanges.ToString(CultureInfo.InvariantCulture))),
            cases);
    }

    private static XElement Failed(CheckReport report, Violation violation) =>
        Case(report, $"{Describe(report, violation.Exchange)}: {violation.Rule.Id} at {violation.Path}",
            new XElement("failure",
                new XAttribute("type", Label(violation.Rule.Severity)),
                new XAttribute("message", Xml($"{violation.Rule.Id}: {violation.Detail}")),
                Xml($"{Label(violation.Rule.Severity)} {violation.Rule.Id} {violation.Path}: {violation.Message}\n"
                    + $"Rule: {violation.Rule.Title}\nReference: {violation.Rule.Reference}")));

    private static XElement Case(CheckReport report, string name, params object[] content) =>
        new("testcase", new XAttribute("classname", Xml(report.Source)), new XAttribute("name", Xml(name)), content);

    private static XAttribute[] Counts(int tests, int failures) =>
        [new("tests", tests), new("failures", failures), new("errors", 0)];

    private static XElement Property(string name, string value) =>
        new("property", new XAttribute("name", name), new XAttribute("value", value));

    /// <summary>Text XML can hold: characters XML 1.0 forbids (a recorded value may hold any) become U+FFFD.</summary>
    private static string Xml(string text)
    {
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                kept.Append(text, i++, 2);
            }
            else
            {
                kept.Append(XmlConvert.IsXmlChar(text[i]) ? text[i] : '\uFFFD');
            }
        }

        return kept.ToString();
    }
}
