using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenBanking.Conformance.Rules;
using static OpenBanking.Conformance.Reports.ReportParts;

namespace OpenBanking.Conformance.Reports;

/// <summary>
/// Check reports as one JSON document for tools, in a shape that only grows (members are added, never renamed):
/// <code>
/// {
///   "format": "openbanking-fx-check/1",
///   "reports": [
///     { "source": "capture.har", "exchanges": 12, "rules": 10, "errors": 1, "warnings": 1, "passed": false,
///       "violations": [
///         { "rule": "TPP-HDR-002", "severity": "error", "title": "x-fapi-interaction-id, when sent, is a UUID",
///           "exchange": 3, "method": "GET", "url": "https://rs.bank.example/open-banking/v3.1/aisp/accounts",
///           "path": "$.request.headers.x-fapi-interaction-id", "message": "'req-42' is not a UUID. Send …",
///           "reference": "Read/Write Data API Specification v3.1.11 §Request Headers; …" } ] } ],
///   "exchanges": 12, "errors": 1, "warnings": 1, "passed": false
/// }
/// </code>
/// <c>severity</c> is <c>error</c>, <c>warning</c> or <c>info</c>; <c>method</c> and <c>url</c> are null when the
/// report does not know the exchange's request; URLs have their secrets scrubbed; <c>passed</c> is true when no
/// error-severity rule failed.
/// </summary>
public static class JsonReport
{
    /// <summary>The identifier in the document's <c>format</c> member.</summary>
    public const string Format = "openbanking-fx-check/1";

    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One report.</summary>
    public static string Write(CheckReport report) => Write([report]);

    /// <summary>Several reports and their totals.</summary>
    public static string Write(IReadOnlyList<CheckReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var document = new JsonObject
        {
            ["format"] = Format,
            ["reports"] = new JsonArray([.. reports.Select(Report)]),
            ["exchanges"] = reports.Sum(r => r.Exchanges),
            ["errors"] = Count(reports, Severity.Error),
            ["warnings"] = Count(reports, Severity.Warning),
            ["passed"] = reports.All(r => r.Passed),
        };
        return document.ToJsonString(Pretty).ReplaceLineEndings("\n") + "\n";
    }

    private static JsonObject Report(CheckReport report) => new()
    {
        ["source"] = report.Source,
        ["exchanges"] = report.Exchanges,
        ["rules"] = report.Rules.Count,
        ["errors"] = report.Errors,
        ["warnings"] = report.Warnings,
        ["passed"] = report.Passed,
        ["violations"] = new JsonArray([.. report.Violations.Select(v => (JsonNode)Violation(report, v))]),
    };

    private static JsonObject Violation(CheckReport report, Violation violation)
    {
        var request = Request(report, violation.Exchange);
        return new JsonObject
        {
            ["rule"] = violation.Rule.Id,
            ["severity"] = violation.Rule.Severity.ToString().ToLowerInvariant(),
            ["title"] = violation.Rule.Title,
            ["exchange"] = violation.Exchange,
            ["method"] = request?.Method,
            ["url"] = request?.Url,
            ["path"] = violation.Path,
            ["message"] = violation.Message,
            ["reference"] = violation.Rule.Reference,
        };
    }
}
