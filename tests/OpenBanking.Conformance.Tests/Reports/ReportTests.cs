using System.Text.Json.Nodes;
using System.Xml.Linq;
using NUnit.Framework;
using OpenBanking.Conformance.Reports;
using OpenBanking.Conformance.Rules;
using OpenBanking.Conformance.Traffic;
using static OpenBanking.Conformance.Tests.Support.Build;

namespace OpenBanking.Conformance.Tests.Reports;

/// <summary>The formatters, over rules made here so that the reports do not change when the catalogue grows.</summary>
public class ReportTests
{
    private static readonly Rule Bad = new(
        new RuleInfo("TST-ERR-001", Severity.Error, "x-bad is not sent", "Test Spec §1", "Remove x-bad"),
        view => view.Request.Header("x-bad") is { } value ? [new Finding("$.request.headers.x-bad", $"'{value}' is sent")] : []);

    private static readonly Rule Delete = new(
        new RuleInfo("TST-WRN-001", Severity.Warning, "Nothing is deleted", "Test Spec §2", "Keep it"),
        view => view.Request.Method == "DELETE" ? [new Finding("$.request.method", "DELETE is sent")] : []);

    private static readonly Rule[] Rules = [Bad, Delete];

    private static RecordedRequest Request(string method, string url, string? bad = null) =>
        new(method, new Uri(url), bad is null ? [] : [H("x-bad", bad)], RecordedBody.None);

    /// <summary>Four exchanges: an error, an error in a URL with a code, an error and a warning, and a clean one.</summary>
    private static CheckReport Capture() => Checker.Check(
        Recording(
            Exchange(Request("GET", $"{Aisp}/accounts", bad: "1")),
            Exchange(Request("GET", "https://tpp.example/cb?code=CODE-SECRET&state=s1", bad: "2")),
            Exchange(Request("DELETE", $"{Aisp}/account-access-consents/c-1", bad: "3")),
            Exchange(Request("GET", $"{Aisp}/balances"))) with { Source = "capture.har" },
        Rules);

    private static CheckReport Clean() => Checker.Check(Recording(Exchange(Request("GET", "https://bank.example/jwks"))) with { Source = "clean.json" }, Rules);

    [Test]
    public void Text_lists_each_exchange_with_violations_then_a_summary_per_recording_and_in_total()
    {
        var text = TextReport.Write([Capture(), Clean()]);

        Assert.That(text.Split('\n'), Is.EqualTo(new[]
        {
            "capture.har",
            $"#1 GET {Aisp}/accounts",
            "  ERROR TST-ERR-001 $.request.headers.x-bad: '1' is sent. Remove x-bad",
            "#2 GET https://tpp.example/cb?code=%3Ccode%3E&state=s1",
            "  ERROR TST-ERR-001 $.request.headers.x-bad: '2' is sent. Remove x-bad",
            $"#3 DELETE {Aisp}/account-access-consents/c-1",
            "  ERROR TST-ERR-001 $.request.headers.x-bad: '3' is sent. Remove x-bad",
            "  WARNING TST-WRN-001 $.request.method: DELETE is sent. Keep it",
            "capture.har: 4 exchanges, 3 errors, 1 warning, rules run 2",
            "",
            "clean.json: 1 exchange, no violations, rules run 2",
            "",
            "Total: 2 recordings, 5 exchanges, 3 errors, 1 warning, rules run 2",
            "",
        }));
    }

    [Test]
    public void Text_cuts_long_query_values_such_as_a_request_object_and_keeps_short_ones()
    {
        var jwt = Jwt(new JsonObject { ["alg"] = "PS256" }, new JsonObject { ["iss"] = "tpp-client-1", ["aud"] = Issuer, ["nonce"] = "n-1" });
        var report = Checker.Check(Recording(Exchange(Request("GET", $"{Issuer}/authorize?client_id=tpp-client-1&request={jwt}&state=s1", bad: "1"))), Rules);

        var line = TextReport.Write(report).Split('\n')[1];

        Assert.That(line, Is.EqualTo($"#1 GET {Issuer}/authorize?client_id=tpp-client-1&request={jwt[..24]}…&state=s1"));
    }

    [Test]
    public void Text_counts_info_violations_and_keeps_each_violation_on_one_line()
    {
        var info = new RuleInfo("TST-INF-001", Severity.Info, "Info", "Test Spec §3", "Consider it");
        var report = new CheckReport("hand", 2, [info], [new Violation(info, 2, "$.request.body", "line one\nline two\r\n")]);

        var lines = TextReport.Write(report).Split('\n');

        Assert.Multiple(() =>
        {
            Assert.That(lines[1], Is.EqualTo("#2"), "a report without request lines names the exchange by number");
            Assert.That(lines[2], Is.EqualTo("  INFO TST-INF-001 $.request.body: line one line two  . Consider it"));
            Assert.That(lines[3], Is.EqualTo("hand: 2 exchanges, 0 errors, 0 warnings, 1 info, rules run 1"));
        });
    }

    [Test]
    public void Json_has_the_documented_shape()
    {
        var document = JsonNode.Parse(JsonReport.Write([Capture(), Clean()]))!.AsObject();

        var capture = document["reports"]![0]!.AsObject();
        var first = capture["violations"]![0]!.AsObject();
        var code = capture["violations"]![1]!.AsObject();
        Assert.Multiple(() =>
        {
            Assert.That(document.Select(m => m.Key), Is.EqualTo(new[] { "format", "reports", "exchanges", "errors", "warnings", "passed" }));
            Assert.That(document["format"]!.GetValue<string>(), Is.EqualTo("openbanking-fx-check/1"));
            Assert.That((int)document["exchanges"]!, Is.EqualTo(5));
            Assert.That((int)document["errors"]!, Is.EqualTo(3));
            Assert.That((int)document["warnings"]!, Is.EqualTo(1));
            Assert.That((bool)document["passed"]!, Is.False);
            Assert.That(document["reports"]!.AsArray(), Has.Count.EqualTo(2));
            Assert.That(capture.Select(m => m.Key), Is.EqualTo(new[] { "source", "exchanges", "rules", "errors", "warnings", "passed", "violations" }));
            Assert.That((string?)capture["source"], Is.EqualTo("capture.har"));
            Assert.That((int)capture["exchanges"]!, Is.EqualTo(4));
            Assert.That((int)capture["rules"]!, Is.EqualTo(2));
            Assert.That((int)capture["errors"]!, Is.EqualTo(3));
            Assert.That((int)capture["warnings"]!, Is.EqualTo(1));
            Assert.That(capture["violations"]!.AsArray(), Has.Count.EqualTo(4));
            Assert.That(first.Select(m => m.Key), Is.EqualTo(new[] { "rule", "severity", "title", "exchange", "method", "url", "path", "message", "reference" }));
            Assert.That((string?)first["rule"], Is.EqualTo("TST-ERR-001"));
            Assert.That((string?)first["severity"], Is.EqualTo("error"));
            Assert.That((string?)first["title"], Is.EqualTo("x-bad is not sent"));
            Assert.That((int)first["exchange"]!, Is.EqualTo(1));
            Assert.That((string?)first["method"], Is.EqualTo("GET"));
            Assert.That((string?)first["url"], Is.EqualTo($"{Aisp}/accounts"));
            Assert.That((string?)first["path"], Is.EqualTo("$.request.headers.x-bad"));
            Assert.That((string?)first["message"], Is.EqualTo("'1' is sent. Remove x-bad"));
            Assert.That((string?)first["reference"], Is.EqualTo("Test Spec §1"));
            Assert.That((string?)code["url"], Is.EqualTo("https://tpp.example/cb?code=%3Ccode%3E&state=s1"));
            Assert.That((string?)capture["violations"]![3]!["severity"], Is.EqualTo("warning"));
            Assert.That((bool)document["reports"]![1]!["passed"]!, Is.True);
            Assert.That(document["reports"]![1]!["violations"]!.AsArray(), Is.Empty);
        });
    }

    [Test]
    public void Json_of_a_report_without_request_lines_has_null_method_and_url_and_passes_with_only_warnings()
    {
        var warning = Delete.Info;
        var document = JsonNode.Parse(JsonReport.Write(new CheckReport("hand", 1, [warning], [new Violation(warning, 1, "$.request.method", "DELETE is sent")])))!;

        var violation = document["reports"]![0]!["violations"]![0]!.AsObject();
        Assert.Multiple(() =>
        {
            Assert.That(violation.ContainsKey("method") && violation["method"] is null, Is.True);
            Assert.That(violation.ContainsKey("url") && violation["url"] is null, Is.True);
            Assert.That((bool)document["passed"]!, Is.True, "only errors fail");
            Assert.That((int)document["warnings"]!, Is.EqualTo(1));
        });
    }

    [Test]
    public void Junit_is_xml_with_a_suite_per_recording_a_passing_case_per_clean_exchange_and_a_failing_case_per_violation()
    {
        var xml = XDocument.Parse(JUnitReport.Write([Capture(), Clean()]));

        var root = xml.Root!;
        var suites = root.Elements("testsuite").ToList();
        var capture = suites[0];
        var cases = capture.Elements("testcase").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(xml.Declaration?.Encoding, Is.EqualTo("utf-8"));
            Assert.That(root.Name.LocalName, Is.EqualTo("testsuites"));
            Assert.That((int)root.Attribute("tests")!, Is.EqualTo(6));
            Assert.That((int)root.Attribute("failures")!, Is.EqualTo(4));
            Assert.That(suites.Select(s => (string)s.Attribute("name")!), Is.EqualTo(new[] { "capture.har", "clean.json" }));
            Assert.That((int)capture.Attribute("tests")!, Is.EqualTo(5));
            Assert.That((int)capture.Attribute("failures")!, Is.EqualTo(4));
            Assert.That(capture.Descendants("failure").Count(), Is.EqualTo(4));
            Assert.That(cases.Select(c => c.Elements("failure").Count()), Is.EqualTo(new[] { 1, 1, 1, 1, 0 }), "one failure per testcase");
            Assert.That(cases.Select(c => (string)c.Attribute("classname")!), Is.All.EqualTo("capture.har"));
            Assert.That((string)cases[0].Attribute("name")!, Is.EqualTo($"#1 GET {Aisp}/accounts: TST-ERR-001 at $.request.headers.x-bad"));
            Assert.That((string)cases[1].Attribute("name")!, Does.StartWith("#2 GET https://tpp.example/cb?code=%3Ccode%3E&state=s1"));
            Assert.That((string)cases[3].Element("failure")!.Attribute("type")!, Is.EqualTo("WARNING"));
            Assert.That((string)cases[3].Element("failure")!.Attribute("message")!, Is.EqualTo("TST-WRN-001: DELETE is sent"));
            Assert.That(cases[3].Element("failure")!.Value, Does.Contain("DELETE is sent. Keep it").And.Contain("Reference: Test Spec §2"));
            Assert.That((string)cases[4].Attribute("name")!, Is.EqualTo($"#4 GET {Aisp}/balances"));
            Assert.That((int)suites[1].Attribute("tests")!, Is.EqualTo(1));
            Assert.That((int)suites[1].Attribute("failures")!, Is.EqualTo(0));
            Assert.That(xml.ToString(), Does.Not.Contain("CODE-SECRET"));
        });
    }

    [Test]
    public void Junit_stays_valid_xml_when_a_recorded_value_holds_characters_xml_forbids()
    {
        var report = Checker.Check(Recording(Exchange(Request("GET", $"{Aisp}/accounts", bad: "a\u0001b\uFFFEc"))), Rules);

        var failure = XDocument.Parse(JUnitReport.Write(report)).Descendants("failure").Single();

        Assert.That((string)failure.Attribute("message")!, Is.EqualTo("TST-ERR-001: 'a\uFFFDb\uFFFDc' is sent"));
    }

    [Test]
    public void A_real_rule_reaches_every_format_through_the_writer()
    {
        var report = Checker.Check(Recording(Exchange(Get($"{Aisp}/accounts").WithHeader("x-fapi-interaction-id", "req-42"))), [RuleCatalogue.Find("TPP-HDR-002")!]);

        Assert.Multiple(() =>
        {
            Assert.That(ReportWriter.Write(ReportFormat.Text, [report]), Does.Contain("  ERROR TPP-HDR-002 $.request.headers.x-fapi-interaction-id: 'req-42' is not a UUID."));
            Assert.That((string?)JsonNode.Parse(ReportWriter.Write(ReportFormat.Json, [report]))!["reports"]![0]!["violations"]![0]!["rule"], Is.EqualTo("TPP-HDR-002"));
            Assert.That(XDocument.Parse(ReportWriter.Write(ReportFormat.JUnit, [report])).Descendants("failure").Single().Attribute("message")!.Value,
                Does.StartWith("TPP-HDR-002: 'req-42' is not a UUID"));
        });
    }
}
