using System.Globalization;
using System.Text.Json.Nodes;
using OpenBanking.Conformance.Endpoints;

namespace OpenBanking.Conformance.Rules;

/// <summary>What a bank's account-access-consent responses must say (Account Access Consents v3.1.11; Account and Transaction API Profile v3.1.11).</summary>
public static class ConsentResponseRules
{
    private const string Consents = "Account Access Consents v3.1.11";
    private const string Collection = "/account-access-consents";
    private const string Resource = "/account-access-consents/{ConsentId}";
    private const string DataPath = $"{ResponseView.Body}.Data";

    private static readonly string[] PlayedBackDates = ["ExpirationDateTime", "TransactionFromDateTime", "TransactionToDateTime"];

    /// <summary>The rules.</summary>
    public static IReadOnlyList<Rule> All { get; } =
    [
        new(new("ASPSP-CON-001", Severity.Error, "A new account-access-consent is AwaitingAuthorisation",
                $"{Consents} §POST /account-access-consents, Account Access Consent Status (\"created successfully must have the following Status: AwaitingAuthorisation\")",
                "Create consents with Status AwaitingAuthorisation; only the PSU's authorisation makes them Authorised (or Rejected)"),
            view => Created(view) && JsonValues.Text(JsonValues.Member(Data(view), "Status")) is { } status && status != "AwaitingAuthorisation"
                ? [new($"{DataPath}.Status", $"the new consent is '{status}'")]
                : []),

        new(new("ASPSP-CON-002", Severity.Error, "An account-access-consent plays back the Permissions the TPP asked for",
                $"{Consents} §Data Model, Notes (the response \"contains the same information as the OBReadConsent1\"); {Profile} §Consent Authorisation",
                "Return exactly the requested Permissions, on the POST and on every GET; refuse a consent you cannot grant with 400 instead of changing it"),
            view => Requested(view) is { } requested
                && Strings(JsonValues.Member(requested, "Permissions")) is { } asked
                && Strings(JsonValues.Member(Data(view), "Permissions")) is { } answered
                ? PermissionProblems(asked, answered)
                : []),

        new(new("ASPSP-CON-003", Severity.Error, "An account-access-consent plays back the requested ExpirationDateTime and transaction period",
                $"{Profile} §Expiration Date Time (\"ASPSP must not modify the ExpirationDateTime ... must leave it as provided by the TPP, i.e. null/absent\"); "
                + $"{Consents} §Data Model, Notes",
                "Return ExpirationDateTime, TransactionFromDateTime and TransactionToDateTime as the TPP sent them, and leave out the ones it did not send"),
            view => Requested(view) is { } requested && Data(view) is JsonObject data
                ? PlayedBackDates.SelectMany(name => DateProblem(name, JsonValues.Text(JsonValues.Member(requested, name)), JsonValues.Text(JsonValues.Member(data, name))))
                : []),

        new(new("ASPSP-CON-004", Severity.Error, "GET /account-access-consents/{ConsentId} answers with that consent",
                $"{Consents} §GET /account-access-consents/{{ConsentId}}",
                "Return the consent the path names (Data.ConsentId equal to the path's ConsentId)"),
            view => Read(view) && JsonValues.Text(JsonValues.Member(Data(view), "ConsentId")) is { } id
                && Uri.UnescapeDataString(view.Request.Path[(view.Request.Path.LastIndexOf('/') + 1)..]) is var asked && id != asked
                ? [new($"{DataPath}.ConsentId", $"'{id}' is not the consent the path asks for ('{asked}')")]
                : []),
    ];

    private const string Profile = "Account and Transaction API Profile v3.1.11";

    private static bool Is(ExchangeView view, string method, string template, int status) =>
        view.Answered() is { } operation && operation.Api == "aisp" && operation.Method == method && operation.Template == template && view.Response!.Status == status;

    private static bool Created(ExchangeView view) => Is(view, "POST", Collection, 201);

    private static bool Read(ExchangeView view) => Is(view, "GET", Resource, 200);

    private static JsonNode? Data(ExchangeView view) => JsonValues.Member(view.JsonBody(), "Data");

    /// <summary>
    /// The consent's Data as the TPP sent it: this request's for a POST; for a GET, the recorded POST that created
    /// the consent the response names (null when the recording does not have it).
    /// </summary>
    private static JsonNode? Requested(ExchangeView view)
    {
        if (Created(view))
        {
            return JsonValues.Member(view.RequestJson(), "Data");
        }

        if (!Read(view) || JsonValues.Text(JsonValues.Member(Data(view), "ConsentId")) is not { } id)
        {
            return null;
        }

        return view.Facts.Index(CreatedIndex, CreatedConsents)
            .LastOrDefault(created => created.Number < view.Exchange.Number && created.ConsentId == id)?.Requested;
    }

    private static readonly object CreatedIndex = new();

    /// <summary>Every consent created in the recording (a 201 to the POST), in order: indexed once, not searched for every GET.</summary>
    private static List<CreatedConsent> CreatedConsents(RecordingFacts facts) =>
    [
        .. facts.Traffic.Exchanges
            .Select((e, i) => new ExchangeView(e, facts.Endpoints[i], facts.Traffic))
            .Where(created => created.Response is { Status: 201 } && Created(created))
            .Select(created => new CreatedConsent(
                created.Exchange.Number,
                JsonValues.Text(JsonValues.Member(Data(created), "ConsentId")),
                JsonValues.Member(created.RequestJson(), "Data"))),
    ];

    private sealed record CreatedConsent(int Number, string? ConsentId, JsonNode? Requested);

    private static List<string>? Strings(JsonNode? node) =>
        node is JsonArray array ? [.. array.Select(JsonValues.Text).OfType<string>()] : null;

    private static IEnumerable<Finding> PermissionProblems(List<string> asked, List<string> answered)
    {
        var missing = asked.Except(answered, StringComparer.Ordinal).ToList();
        var added = answered.Except(asked, StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            yield return new($"{DataPath}.Permissions", $"the TPP asked for {string.Join(", ", missing)} and the consent does not have it");
        }

        if (added.Count > 0)
        {
            yield return new($"{DataPath}.Permissions", $"the consent has {string.Join(", ", added)}, which the TPP did not ask for");
        }
    }

    private static IEnumerable<Finding> DateProblem(string name, string? asked, string? answered)
    {
        var path = $"{DataPath}.{name}";
        if (asked is null && answered is not null)
        {
            yield return new(path, $"the TPP sent no {name}, the consent has '{answered}'");
        }
        else if (asked is not null && answered is null)
        {
            yield return new(path, $"the TPP sent {name} '{asked}', the consent has none");
        }
        else if (asked is not null && answered is not null && Instant(asked) is { } a && Instant(answered) is { } b && a != b)
        {
            yield return new(path, $"'{answered}' is not the requested '{asked}'");
        }
    }

    private static DateTimeOffset? Instant(string text) => WireFormats.RecordedTime(text);
}
