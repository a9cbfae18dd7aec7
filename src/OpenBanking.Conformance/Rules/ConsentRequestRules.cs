using System.Globalization;
using System.Text.Json.Nodes;
using OpenBanking.Conformance.Endpoints;
using OpenBanking.Conformance.Traffic;
using OpenBanking.Core.Protocol;

namespace OpenBanking.Conformance.Rules;

/// <summary>The account access consent a TPP asks for: OBReadConsent1 (Account and Transaction API v3.1.11, "Account Access Consents").</summary>
public static class ConsentRequestRules
{
    private const string Spec = "Account and Transaction API v3.1.11 §Account Access Consents";
    private const string Data = "$.request.body.Data";
    private static readonly string[] DateFields = ["ExpirationDateTime", "TransactionFromDateTime", "TransactionToDateTime"];

    /// <summary>The rules.</summary>
    public static IReadOnlyList<Rule> All { get; } =
    [
        new(new("TPP-CON-001", Severity.Error, "The consent request body is OBReadConsent1: Data with at least one permission, and an empty Risk, and nothing else",
                $"{Spec}; OBReadConsent1 and OBRisk2 in the v3.1.11 OpenAPI document (shipped in OpenBanking.Conformance): required Data.Permissions "
                + "(minItems 1) and Risk, no other members; the permission codes and dates are TPP-CON-002 and TPP-CON-004's",
                "Send {\"Data\": {\"Permissions\": [...], ...}, \"Risk\": {}}"),
            view => RequestBodyRules.Judged(view) is { } operation && IsConsentRequest(operation)
                ? RequestBodyRules.Findings(view, operation).Where(f => !OtherRulesFinding(f.Path))
                : []),

        new(new("TPP-CON-002", Severity.Error, "Every permission is a v3.1.11 permission code",
                $"{Spec} §Permissions (the ASPSP must reject \"a permission code that is not supported\"); OpenAPI OBReadConsent1 Data.Permissions enum",
                "Use only the 21 codes of the spec (case-sensitive)"),
            view => Rejections(view, PermissionProblemKind.UnknownCode)),

        new(new("TPP-CON-003", Severity.Error, "ReadTransactionsBasic or Detail comes with ReadTransactionsCredits or Debits, and the other way round",
                $"{Spec} §Permissions (the bank rejects an invalid combination of transaction permissions)",
                "Ask for ReadTransactionsBasic or ReadTransactionsDetail together with ReadTransactionsCredits and/or ReadTransactionsDebits"),
            view => Rejections(view, PermissionProblemKind.TransactionsWithoutDirection, PermissionProblemKind.DirectionWithoutTransactions)),

        new(new("TPP-CON-004", Severity.Error, "ExpirationDateTime, TransactionFromDateTime and TransactionToDateTime are ISO 8601 date-times with a time zone",
                $"{Spec}; OpenAPI format date-time (All dates in the JSON payloads are represented in ISO 8601 date-time format)",
                "Write the dates as e.g. 2027-02-21T12:00:00+00:00"),
            view => DataObject(view) is { } data
                ? DateFields.Where(f => data[f] is not null && Date(data[f]) is null)
                    .Select(f => new Finding($"{Data}.{f}", $"'{data[f]?.ToJsonString()}' is not an ISO 8601 date-time with a time zone"))
                : []),

        new(new("TPP-CON-005", Severity.Error, "The transaction window is in order and the consent does not expire before it is made",
                $"{Spec} (the bank rejects a consent whose ExpirationDateTime has passed, or whose TransactionFromDateTime is after TransactionToDateTime)",
                "Set TransactionFromDateTime before TransactionToDateTime, and ExpirationDateTime in the future"),
            view => DataObject(view) is { } data ? Window(data, view.At) : []),

        new(new("TPP-CON-006", Severity.Warning, "The permissions include ReadAccountsBasic or ReadAccountsDetail, and list each code once",
                $"{Spec} §Permissions (\"The permissions array must contain at least ReadAccountsBasic or ReadAccountsDetail\"; not on the list the ASPSP must reject, nor is a repeat)",
                "Add ReadAccountsBasic or ReadAccountsDetail, without which GET /accounts (where the AccountIds come from) is refused, and list each code once; a bank still accepts the consent as it is"),
            view => Permissions(view) is { } permissions
                ? ObPermission.Advice(Codes(permissions)).Select(a => new Finding(PathOf(a), a.Message))
                : []),
    ];

    /// <summary>The consent request's body; null when this is no consent request, or when it is encrypted (application/jose+jwe) and so cannot be read.</summary>
    private static JsonObject? Body(ExchangeView view) =>
        view.Endpoint is { Kind: EndpointKind.Api, Operation: var operation } && IsConsentRequest(operation)
        && view.Request.MediaType != "application/jose+jwe"
            ? (view.Request.Body as RecordedBody.Json)?.Value as JsonObject ?? new JsonObject()
            : null;

    /// <summary>True for the account access consent request, whose body this family's rules judge (and no other rule's schema check).</summary>
    internal static bool IsConsentRequest(SpecOperation? operation) =>
        operation is { Api: "aisp", Method: "POST", Template: "/account-access-consents" };

    private static JsonObject? DataObject(ExchangeView view) => Body(view)?["Data"] as JsonObject;

    private static JsonArray? Permissions(ExchangeView view) => DataObject(view)?["Permissions"] as JsonArray;

    /// <summary>A schema finding another rule of this family reports in its own words: a permission code, or a date.</summary>
    private static bool OtherRulesFinding(string path) =>
        path.StartsWith($"{Data}.Permissions[", StringComparison.Ordinal) || DateFields.Any(f => path == $"{Data}.{f}");

    /// <summary>The findings of <see cref="ObPermission.Rejections"/> of the kinds named: the rules are the library's, one source for the checker, the client and the mock bank.</summary>
    private static IEnumerable<Finding> Rejections(ExchangeView view, params PermissionProblemKind[] kinds) =>
        Permissions(view) is { } permissions
            ? ObPermission.Rejections(Codes(permissions)).Where(r => kinds.Contains(r.Kind)).Select(r => new Finding(PathOf(r), r.Message))
            : [];

    /// <summary>Each item as a code: a string as it is, anything else as its JSON (never a code, so an unknown one).</summary>
    private static List<string?> Codes(JsonArray permissions) => [.. permissions.Select(p => JsonValues.Text(p) ?? p?.ToJsonString())];

    private static string PathOf(PermissionProblem problem) => problem.Index is { } i ? $"{Data}.Permissions[{i}]" : $"{Data}.Permissions";

    private static List<Finding> Window(JsonObject data, DateTimeOffset? at)
    {
        var findings = new List<Finding>();
        if (Date(data["TransactionFromDateTime"]) is { } from && Date(data["TransactionToDateTime"]) is { } to && from > to)
        {
            findings.Add(new($"{Data}.TransactionFromDateTime", "TransactionFromDateTime is after TransactionToDateTime"));
        }

        if (at is { } now && Date(data["ExpirationDateTime"]) is { } expires && expires <= now)
        {
            findings.Add(new($"{Data}.ExpirationDateTime", "ExpirationDateTime is not after the time the consent was asked for"));
        }

        return findings;
    }

    /// <summary>An RFC 3339 date-time with a time zone (Z or an offset), or null.</summary>
    private static DateTimeOffset? Date(JsonNode? node) => WireFormats.IsoDateTime(JsonValues.Text(node));
}
