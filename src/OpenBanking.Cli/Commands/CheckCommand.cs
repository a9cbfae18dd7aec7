using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenBanking.Cli.Support;
using OpenBanking.Conformance.Reports;
using OpenBanking.Conformance.Rules;
using OpenBanking.Conformance.Traffic;
using Spectre.Console;
using Rule = OpenBanking.Conformance.Rules.Rule;

namespace OpenBanking.Cli.Commands;

/// <summary>
/// <c>obx check FILE...</c>: checks recorded traffic (fixtures, HAR files exported from a browser or a proxy) against
/// the conformance rules, and reports as text, JSON or JUnit XML. Exit code 0 when no error-severity rule failed,
/// 1 when one did, 2 when a file cannot be read or an option is wrong (70 is left for a bug, as in every command).
/// </summary>
public static class CheckCommand
{
    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly Dictionary<string, ReportFormat> Formats = new(StringComparer.Ordinal)
    {
        ["text"] = ReportFormat.Text,
        ["json"] = ReportFormat.Json,
        ["junit"] = ReportFormat.JUnit,
    };

    private static readonly Dictionary<string, Severity> Severities = new(StringComparer.Ordinal)
    {
        ["info"] = Severity.Info,
        ["warning"] = Severity.Warning,
        ["error"] = Severity.Error,
    };

    /// <summary>The command.</summary>
    public static Command Create(ObxEnvironment environment)
    {
        var files = new Argument<string[]>("FILE") { Description = "Recordings to check: fixtures (openbanking-fx-fixture/1) or HAR files", Arity = ArgumentArity.ZeroOrMore };
        var format = new Option<string>("--format") { Description = "How to report: text, json or junit", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong([.. Formats.Keys]);
        var output = new Option<string?>("--out") { Description = "Write the report to this file (the text report is still printed)" };
        var severity = new Option<string>("--severity") { Description = "Report only violations of this severity or above: info, warning or error", DefaultValueFactory = _ => "info" };
        severity.AcceptOnlyFromAmong([.. Severities.Keys]);
        var only = new Option<string[]>("--rules")
        {
            // Not several values per token: `--rules TPP- capture.har` must not take the file for a prefix.
            Description = "Run only the rules whose id starts with one of these (comma separated or repeated), e.g. TPP- (the TPP's side), TPP-HDR, ASPSP-SCH-003",
        };
        var listRules = new Option<bool>("--list-rules") { Description = "List the rules (id, severity, title, reference) instead of checking; with --format json, as JSON" };
        var command = new Command("check", "Check recorded traffic (fixtures, HAR files) against the Open Banking conformance rules")
        {
            files, format, output, severity, only, listRules,
        };
        command.SetAction(parse =>
        {
            var prefixes = (parse.GetValue(only) ?? []).SelectMany(p => p.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
            // A prefix that matches nothing is a typo, not a wish to run fewer rules.
            if (prefixes.FirstOrDefault(p => !RuleCatalogue.All.Any(r => Selects(p, r))) is { } unknown)
            {
                return new Problem($"--rules {unknown}: no rule id starts with that; obx check --list-rules lists them").Report(environment.Error);
            }

            var rules = RuleCatalogue.All.Where(r => prefixes.Count == 0 || prefixes.Any(p => Selects(p, r))).ToList();
            return parse.GetValue(listRules)
                ? ListRules(environment, rules, Formats[parse.GetValue(format)!])
                : Run(environment, parse.GetValue(files) ?? [], rules, Formats[parse.GetValue(format)!], parse.GetValue(output), Severities[parse.GetValue(severity)!]);
        });
        return command;
    }

    private static bool Selects(string prefix, Rule rule) => rule.Info.Id.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);

    private static int Run(ObxEnvironment environment, string[] files, List<Rule> rules, ReportFormat format, string? output, Severity minimum)
    {
        if (files.Length == 0)
        {
            return new Problem("check: name the recordings to check (fixtures or HAR files), e.g. obx check capture.har; obx check --list-rules lists the rules").Report(environment.Error);
        }

        var read = files.Select(file => Read(environment, file)).ToList();
        var problems = read.SelectMany(r => r.LeftAsEnumerable()).ToList();
        if (problems.Count > 0)
        {
            // Every unreadable file is named, not only the first.
            problems.ForEach(p => p.Report(environment.Error));
            return ExitCodes.Problem;
        }

        var reports = read.SelectMany(r => r.RightAsEnumerable()).Select(t => Checker.Check(t, rules)).ToList();
        var shown = reports.Select(r => r with { Violations = [.. r.Violations.Where(v => v.Rule.Severity >= minimum)] }).ToList();
        if (output is not null)
        {
            var path = environment.Resolve(output);
            try
            {
                if (Directory.Exists(path))
                {
                    return new Problem($"--out {path} is a folder; name the report file to write").Report(environment.Error);
                }

                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, ReportWriter.Write(format, shown));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return new Problem($"--out: cannot write {path}: {e.Message}").Report(environment.Error);
            }
        }

        // With --out the file has the report and the terminal (a CI log) still gets the text.
        // Recordings hold what a bank sent: the text report shows its control characters, JSON escapes what its encoder left.
        environment.Output.Write(output is not null || format == ReportFormat.Text ? TerminalText.Lines(TextReport.Write(shown))
            : format == ReportFormat.Json ? TerminalText.Json(ReportWriter.Write(format, shown))
            : ReportWriter.Write(format, shown));
        return reports.All(r => r.Passed) ? ExitCodes.Success : ExitCodes.RuleFailed;
    }

    /// <summary>
    /// The file as text, as <see cref="File.ReadAllText(string)"/> reads it (a UTF-8 byte order mark dropped, bytes that
    /// are not UTF-8 as U+FFFD) without its StringBuilder: a recording of thousands of exchanges is tens of megabytes,
    /// which ReadAllText took a tenth of obx check's time over. A UTF-16 or UTF-32 file is left to ReadAllText.
    /// </summary>
    private static string ReadText(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return bytes is [0xFE, 0xFF, ..] or [0xFF, 0xFE, ..] or [0, 0, 0xFE, 0xFF, ..] ? File.ReadAllText(path)
            : bytes is [0xEF, 0xBB, 0xBF, ..] ? System.Text.Encoding.UTF8.GetString(bytes.AsSpan(3))
            : System.Text.Encoding.UTF8.GetString(bytes);
    }

    /// <summary>A recording, or the one-line problem of a file that cannot be read or is not a recording.</summary>
    private static LanguageExt.Either<Problem, RecordedTraffic> Read(ObxEnvironment environment, string file)
    {
        var path = environment.Resolve(file);
        if (Directory.Exists(path))
        {
            return new Problem($"{file}: is a folder; name the recording files to check");
        }

        string text;
        try
        {
            text = ReadText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Problem($"{file}: cannot read: {e.Message}");
        }

        return TrafficReader.Read(text, file).MapLeft(error => new Problem(error.ToString()));
    }

    private static int ListRules(ObxEnvironment environment, List<Rule> rules, ReportFormat format)
    {
        if (format == ReportFormat.Json)
        {
            var list = new JsonArray([.. rules.Select(r => (JsonNode)new JsonObject
            {
                ["id"] = r.Info.Id,
                ["severity"] = r.Info.Severity.ToString().ToLowerInvariant(),
                ["title"] = r.Info.Title,
                ["reference"] = r.Info.Reference,
                ["advice"] = r.Info.Advice,
            })]);
            environment.Output.WriteLine(list.ToJsonString(Pretty));
            return ExitCodes.Success;
        }

        var table = new Table().Title($"{rules.Count} rules").AddColumns("Id", "Severity", "Title", "Reference");
        foreach (var rule in rules)
        {
            table.AddRow(TerminalText.Markup(rule.Info.Id), TerminalText.Markup(rule.Info.Severity.ToString()), TerminalText.Markup(rule.Info.Title), TerminalText.Markup(rule.Info.Reference));
        }

        environment.Console.Write(table);
        return ExitCodes.Success;
    }
}
