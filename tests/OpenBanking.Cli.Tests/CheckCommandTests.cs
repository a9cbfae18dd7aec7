using System.Text.Json.Nodes;
using System.Xml.Linq;
using NUnit.Framework;
using OpenBanking.Cli.Support;
using OpenBanking.Cli.Tests.Support;

namespace OpenBanking.Cli.Tests;

/// <summary>
/// obx check over recordings written here. Every check runs only the ten request-header rules TPP-HDR-001..010
/// (<see cref="TenHeaderRules"/>), so rules added to the catalogue later do not change what these recordings break.
/// </summary>
public class CheckCommandTests
{
    private const string TenHeaderRules = "TPP-HDR-00,TPP-HDR-010";

    private const string Accounts = "https://rs.bank.example/open-banking/v3.1/aisp/accounts";

    private string _folder = null!;

    [SetUp]
    public void Folder() => _folder = Directory.CreateTempSubdirectory("obx-check-").FullName;

    [TearDown]
    public void Clean() => Directory.Delete(_folder, recursive: true);

    /// <summary>A fixture with one accounts request sending <paramref name="interactionId"/>.</summary>
    private string Fixture(string name, string interactionId) => Write(name, $$"""
        {"format": "openbanking-fx-fixture/1", "metadata": {"api_version": "v3.1.11"},
         "exchanges": [{"request": {"method": "GET", "url": "{{Accounts}}",
                                    "headers": [["Authorization", "Bearer <access_token>"], ["Accept", "application/json"],
                                                ["x-fapi-interaction-id", "{{interactionId}}"]]},
                        "response": null, "elapsed_ms": 12}]}
        """);

    /// <summary>A HAR as Chrome exports it: a token request, an accounts request with Basic instead of Bearer, one without an interaction id.</summary>
    private string Har(string name) => Write(name, $$$$"""
        {"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"}, "pages": [],
         "entries": [
          {"startedDateTime": "2026-11-23T12:00:00.000Z", "time": 40.2,
           "request": {"method": "POST", "url": "https://bank.example/token", "httpVersion": "h2",
                       "headers": [{"name": ":authority", "value": "bank.example"}, {"name": "content-type", "value": "application/x-www-form-urlencoded"},
                                   {"name": "cookie", "value": "session=COOKIE-SECRET"}],
                       "postData": {"mimeType": "application/x-www-form-urlencoded", "text": "grant_type=authorization_code&code=CODE-SECRET&client_secret=CLIENT-SECRET"}},
           "response": {"status": 200, "headers": [{"name": "content-type", "value": "application/json"}],
                        "content": {"size": 50, "mimeType": "application/json", "text": "{\"access_token\": \"ACCESS-SECRET\", \"token_type\": \"Bearer\"}"}}},
          {"startedDateTime": "2026-11-23T12:00:01.000Z", "time": 12,
           "request": {"method": "GET", "url": "{{{{Accounts}}}}?code=QUERY-SECRET", "httpVersion": "h2",
                       "headers": [{"name": "authorization", "value": "Basic QkFTSUMtU0VDUkVU"}, {"name": "x-fapi-interaction-id", "value": "93bac548-d2de-4546-b106-880a5018460d"}]},
           "response": {"status": 401, "headers": [], "content": {"size": 0, "mimeType": "x-unknown"}}},
          {"startedDateTime": "2026-11-23T12:00:02.000Z", "time": 9,
           "request": {"method": "GET", "url": "{{{{Accounts}}}}", "httpVersion": "h2",
                       "headers": [{"name": "authorization", "value": "Bearer BEARER-SECRET"}]},
           "response": {"status": 0, "headers": [], "content": {"size": 0, "mimeType": "x-unknown"}}}
         ]}}
        """);

    private string Write(string name, string text)
    {
        File.WriteAllText(Path.Combine(_folder, name), text);
        return name;
    }

    private async Task<(int Exit, TestTerminal Terminal)> Check(params string[] args)
    {
        var terminal = new TestTerminal(_folder);
        var exit = await terminal.Run(["check", "--rules", TenHeaderRules, .. args]);
        return (exit, terminal);
    }

    [Test]
    public async Task A_clean_fixture_exits_0_and_says_it_has_no_violations()
    {
        var (exit, terminal) = await Check(Fixture("clean.json", "93bac548-d2de-4546-b106-880a5018460d"));

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.Success), terminal.Error.ToString());
            Assert.That(terminal.Output.ToString(), Does.Contain("clean.json: 1 exchange, no violations, rules run 10"));
            Assert.That(terminal.Error.ToString(), Is.Empty);
        });
    }

    [Test]
    public async Task A_recording_with_a_byte_order_mark_in_utf8_or_utf16_reads_as_without_one()
    {
        // obx reads recordings as bytes (ReadAllText was a tenth of a large check's time) and must still read what it read.
        var text = File.ReadAllText(Path.Combine(_folder, Fixture("plain.json", "req-42")));
        File.WriteAllText(Path.Combine(_folder, "utf8-bom.json"), text, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        File.WriteAllText(Path.Combine(_folder, "utf16.json"), text, System.Text.Encoding.Unicode);

        var reports = new List<string>();
        foreach (var file in new[] { "plain.json", "utf8-bom.json", "utf16.json" })
        {
            var (exit, terminal) = await Check(file);
            Assert.That(exit, Is.EqualTo(ExitCodes.RuleFailed), terminal.Error.ToString());
            reports.Add(terminal.Output.ToString().Replace(file, "FILE", StringComparison.Ordinal));
        }

        Assert.That(reports.Distinct().Count(), Is.EqualTo(1), string.Join("\n---\n", reports));
    }

    [Test]
    public async Task A_fixture_breaking_an_error_rule_exits_1_and_names_the_rule_where_it_is_broken()
    {
        var (exit, terminal) = await Check(Fixture("bad.json", "req-42"));

        var output = terminal.Output.ToString();
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.RuleFailed));
            Assert.That(output, Does.Contain($"#1 GET {Accounts}\n  ERROR TPP-HDR-002 $.request.headers.x-fapi-interaction-id: 'req-42' is not a UUID."));
            Assert.That(output, Does.Contain("bad.json: 1 exchange, 1 error, 0 warnings, rules run 10"));
        });
    }

    [Test]
    public async Task A_har_file_from_devtools_is_checked_without_printing_its_secrets()
    {
        var (exit, terminal) = await Check(Har("capture.har"));

        var output = terminal.Output.ToString();
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.RuleFailed), terminal.Error.ToString());
            Assert.That(output, Does.Contain($"#2 GET {Accounts}?code=%3Ccode%3E\n  ERROR TPP-HDR-001 $.request.headers.Authorization: the Authorization header uses the 'Basic' scheme, not Bearer."));
            Assert.That(output, Does.Contain($"#3 GET {Accounts}\n  WARNING TPP-HDR-003 $.request.headers.x-fapi-interaction-id: there is no x-fapi-interaction-id header."));
            Assert.That(output, Does.Contain("capture.har: 3 exchanges, 1 error, 1 warning, rules run 10"));
            Assert.That(output, Does.Not.Contain("SECRET").And.Not.Contain("QkFTSUMtU0VDUkVU"));
        });
    }

    [Test]
    public async Task A_fixture_recorded_by_obx_demo_keeps_the_header_rules()
    {
        var terminal = new TestTerminal(_folder);
        Assert.That(await terminal.Run("demo", "--record", "recorded", "--work", "work"), Is.EqualTo(ExitCodes.Success), terminal.Error.ToString());

        var (exit, check) = await Check("recorded/demo-private-key-jwt.json");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.Success), check.Output.ToString());
            Assert.That(check.Output.ToString(), Does.Match(@"recorded/demo-private-key-jwt\.json: \d+ exchanges, no violations, rules run 10"));
        });
    }

    [Test]
    public async Task Several_files_are_each_reported_and_the_exit_code_is_1_when_any_breaks_an_error_rule()
    {
        var (exit, terminal) = await Check(Fixture("clean.json", "93bac548-d2de-4546-b106-880a5018460d"), Fixture("bad.json", "req-42"));

        var output = terminal.Output.ToString();
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.RuleFailed));
            Assert.That(output, Does.Contain("clean.json: 1 exchange, no violations"));
            Assert.That(output, Does.Contain("bad.json: 1 exchange, 1 error"));
            Assert.That(output, Does.Contain("Total: 2 recordings, 2 exchanges, 1 error, 0 warnings, rules run 10"));
        });
    }

    [Test]
    public async Task Json_output_parses_into_the_documented_shape()
    {
        var (exit, terminal) = await Check(Har("capture.har"), "--format", "json");

        var document = JsonNode.Parse(terminal.Output.ToString())!;
        var violations = document["reports"]![0]!["violations"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.RuleFailed));
            Assert.That((string?)document["format"], Is.EqualTo("openbanking-fx-check/1"));
            Assert.That((string?)document["reports"]![0]!["source"], Is.EqualTo("capture.har"));
            Assert.That((int)document["errors"]!, Is.EqualTo(1));
            Assert.That((int)document["warnings"]!, Is.EqualTo(1));
            Assert.That(violations.Select(v => (string?)v!["rule"]), Is.EqualTo(new[] { "TPP-HDR-001", "TPP-HDR-003" }));
            Assert.That((string?)violations[0]!["url"], Is.EqualTo($"{Accounts}?code=%3Ccode%3E"));
        });
    }

    [Test]
    public async Task Junit_output_written_with_out_parses_and_the_text_report_is_still_printed()
    {
        var (exit, terminal) = await Check(Har("capture.har"), "--format", "junit", "--out", "reports/check.xml");

        var xml = XDocument.Load(Path.Combine(_folder, "reports", "check.xml"));
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.RuleFailed));
            Assert.That((int)xml.Root!.Attribute("tests")!, Is.EqualTo(3), "one clean exchange and two violations");
            Assert.That((int)xml.Root.Attribute("failures")!, Is.EqualTo(2));
            Assert.That(xml.Descendants("failure").Select(f => (string)f.Attribute("type")!), Is.EqualTo(new[] { "ERROR", "WARNING" }));
            Assert.That(terminal.Output.ToString(), Does.StartWith("capture.har\n").And.Contain("ERROR TPP-HDR-001"));
        });
    }

    [Test]
    public async Task Severity_error_leaves_warnings_out_of_the_report_and_does_not_change_the_exit_code()
    {
        var (exit, terminal) = await Check(Har("capture.har"), "--severity", "error", "--format", "junit");

        var xml = XDocument.Parse(terminal.Output.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.RuleFailed));
            Assert.That(xml.Descendants("failure").Select(f => (string)f.Attribute("type")!), Is.EqualTo(new[] { "ERROR" }));
        });
    }

    [Test]
    public async Task Only_warnings_exit_0()
    {
        var har = Har("capture.har");
        File.WriteAllText(Path.Combine(_folder, har), File.ReadAllText(Path.Combine(_folder, har)).Replace("Basic QkFTSUMtU0VDUkVU", "Bearer x", StringComparison.Ordinal));

        var (exit, terminal) = await Check(har);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.Success));
            Assert.That(terminal.Output.ToString(), Does.Contain("capture.har: 3 exchanges, 0 errors, 1 warning"));
        });
    }

    [Test]
    public async Task Rules_runs_only_the_rules_it_names_by_id_prefix()
    {
        var terminal = new TestTerminal(_folder);

        var exit = await terminal.Run("check", Har("capture.har"), "--rules", "tpp-hdr-002,TPP-HDR-003");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.Success), "TPP-HDR-001, which the capture breaks, is not run");
            Assert.That(terminal.Output.ToString(), Does.Contain("capture.har: 3 exchanges, 0 errors, 1 warning, rules run 2"));
        });
    }

    [Test]
    public async Task An_unreadable_file_exits_2_with_one_line_per_problem_and_no_report()
    {
        Write("broken.har", """{"log": {"entries": [{"request": {"method": "GET"}}]}}""");
        Directory.CreateDirectory(Path.Combine(_folder, "folder"));

        var (exit, terminal) = await Check("missing.json", "broken.har", "folder", Fixture("clean.json", "93bac548-d2de-4546-b106-880a5018460d"));

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.Problem));
            Assert.That(terminal.Error.ToString().TrimEnd().Split('\n'), Is.EqualTo(new[]
            {
                "obx: missing.json: cannot read: Could not find file '" + Path.Combine(_folder, "missing.json") + "'.",
                "obx: broken.har: $.log.entries[0].request.url: is missing",
                "obx: folder: is a folder; name the recording files to check",
            }));
            Assert.That(terminal.Output.ToString(), Is.Empty);
        });
    }

    [Test]
    public async Task A_recording_that_repeats_a_member_is_a_one_line_problem_and_a_body_that_does_is_checked()
    {
        Write("repeated.har", """{"log": {"entries": [], "entries": []}}""");
        Write("body.har", """
            {"log": {"entries": [{"request": {"method": "GET", "url": "ACCOUNTS", "headers": [{"name": "Authorization", "value": "eyJhbGciOiJQUzI1NiJ9.eyJzdWIiOiJ4In0.JWT-SECRET"}]},
                                  "response": {"status": 200, "content": {"mimeType": "application/json", "text": "{\"Risk\": {}, \"Risk\": {}}"}}}]}}
            """.Replace("ACCOUNTS", Accounts, StringComparison.Ordinal));

        var (repeatedExit, repeated) = await Check("repeated.har");
        var (bodyExit, body) = await Check("body.har");

        Assert.Multiple(() =>
        {
            Assert.That(repeatedExit, Is.EqualTo(ExitCodes.Problem));
            Assert.That(repeated.Error.ToString(), Is.EqualTo("obx: repeated.har: $.log: repeats the member 'entries'; say each member of an object once\n"));
            Assert.That(bodyExit, Is.EqualTo(ExitCodes.RuleFailed), body.Error.ToString());
            Assert.That(body.Output.ToString(), Does.Contain("ERROR TPP-HDR-001 $.request.headers.Authorization").And.Not.Contain("SECRET").And.Not.Contain("eyJ"));
        });
    }

    [TestCase("--format", "xml")]
    [TestCase("--severity", "fatal")]
    [TestCase("--rules", "NOPE-")]
    public async Task A_wrong_option_exits_2(string option, string value)
    {
        var (exit, terminal) = await Check(Fixture("clean.json", "93bac548-d2de-4546-b106-880a5018460d"), option, value);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.Problem));
            Assert.That(terminal.Error.ToString(), Does.StartWith("obx: ").And.Contain(value));
        });
    }

    [Test]
    public async Task No_files_exits_2_saying_what_to_name()
    {
        var (exit, terminal) = await Check();

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.Problem));
            Assert.That(terminal.Error.ToString(), Does.StartWith("obx: check: name the recordings to check"));
        });
    }

    [Test]
    public async Task An_unwritable_out_file_exits_2()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "out"));

        var (exit, terminal) = await Check(Fixture("clean.json", "93bac548-d2de-4546-b106-880a5018460d"), "--out", "out");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.Problem));
            Assert.That(terminal.Error.ToString(), Does.StartWith("obx: --out ").And.Contain("is a folder"));
        });
    }

    [Test]
    public async Task List_rules_prints_the_catalogue_as_a_table_or_as_json()
    {
        var (tableExit, table) = await Check("--list-rules");
        var (jsonExit, json) = await Check("--list-rules", "--format", "json");

        var rules = JsonNode.Parse(json.Output.ToString())!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(tableExit, Is.EqualTo(ExitCodes.Success));
            Assert.That(table.Screen.ToString(), Does.Contain("10 rules").And.Contain("TPP-HDR-002").And.Contain("x-fapi-interaction-id, when sent, is a UUID"));
            Assert.That(jsonExit, Is.EqualTo(ExitCodes.Success));
            Assert.That(rules.Select(r => (string?)r!["id"]), Is.EqualTo(Enumerable.Range(1, 10).Select(i => $"TPP-HDR-{i:000}")));
            Assert.That((string?)rules[0]!["severity"], Is.EqualTo("error"));
            Assert.That((string?)rules[2]!["severity"], Is.EqualTo("warning"));
            Assert.That(rules[0]!.AsObject().Select(m => m.Key), Is.EqualTo(new[] { "id", "severity", "title", "reference", "advice" }));
        });
    }
}
