using System.Globalization;
using System.Text.Json.Serialization.Metadata;
using LanguageExt;
using OpenBanking.Core.Configuration;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Accounts;

/// <summary>
/// Builders and parsers for the resources of the Account and Transaction API v3.1.11: accounts, balances,
/// transactions, beneficiaries, direct debits, standing orders, scheduled payments, offers, products, parties and
/// statements, bulk and per account where the spec has both, and the next page of any of them.
/// These requests use the access token from the authorisation code grant.
/// </summary>
public static partial class AccountRequests
{
    /// <summary>GET /accounts: every account the consent covers.</summary>
    public static Either<OpenBankingError, HttpRequestSpec> Accounts(ValidatedApiConfig config, string accessToken, string interactionId, CustomerContext? customer = null) =>
        Bulk(config, "accounts", accessToken, interactionId, customer);

    /// <summary>GET /accounts/{AccountId}.</summary>
    public static Either<OpenBankingError, HttpRequestSpec> Account(
        ValidatedApiConfig config, string accessToken, string accountId, string interactionId, CustomerContext? customer = null) =>
        PerAccount(accountId).Bind(path => ResourceRequest.Build(config, "GET account", HttpMethod.Get, path, accessToken, interactionId, customer));

    /// <summary>GET /balances: the balances of every account the consent covers.</summary>
    public static Either<OpenBankingError, HttpRequestSpec> Balances(ValidatedApiConfig config, string accessToken, string interactionId, CustomerContext? customer = null) =>
        Bulk(config, "balances", accessToken, interactionId, customer);

    /// <summary>GET /accounts/{AccountId}/balances.</summary>
    public static Either<OpenBankingError, HttpRequestSpec> AccountBalances(
        ValidatedApiConfig config, string accessToken, string accountId, string interactionId, CustomerContext? customer = null) =>
        OfAccount(config, accountId, "balances", accessToken, interactionId, customer);

    /// <summary>GET /transactions or /accounts/{AccountId}/transactions, filtered by booking date-time.</summary>
    public static Either<OpenBankingError, HttpRequestSpec> Transactions(
        ValidatedApiConfig config, string accessToken, TransactionQuery query, string interactionId, CustomerContext? customer = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Filtered(config, "transactions", query.AccountId, "BookingDateTime", query.FromBookingDateTime, query.ToBookingDateTime,
            accessToken, interactionId, customer);
    }

    /// <summary>
    /// GET a page link the bank returned (<c>Links.Next</c>), absolute or relative. A relative link is resolved against
    /// <paramref name="relativeTo"/> (the URL of the page that carried it, as RFC 3986 §5.1 has it) or, without one,
    /// against the resource server. A link to another origin is refused: the access token must never leave the bank it belongs to.
    /// </summary>
    public static Either<OpenBankingError, HttpRequestSpec> Page(
        ValidatedApiConfig config, string accessToken, string link, string operation, string interactionId, CustomerContext? customer = null, Uri? relativeTo = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (!Uri.TryCreate(relativeTo ?? config.ResourceEndpoint, link, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            return new ValidationError("links.next", $"'{link}' is not a URL");
        }

        if (Uri.Compare(uri, config.ResourceEndpoint, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) != 0)
        {
            return new ValidationError("links.next", $"the link goes to {uri.GetLeftPart(UriPartial.Authority)}, not to the resource server {config.ResourceEndpoint.GetLeftPart(UriPartial.Authority)}");
        }

        return ResourceRequest.Headers(config, accessToken, interactionId, customer)
            .Map(headers => new HttpRequestSpec(operation, HttpMethod.Get, uri, headers, RequestBody.None));
    }

    /// <summary>Parses an OBReadAccount6 page.</summary>
    public static Either<OpenBankingError, ResourcePage<Account>> ParseAccounts(HttpResponseSpec response, string operation = "GET accounts") =>
        ReadPage(response, ObJsonContext.Default.ReadDocumentAccountsData, operation, "OBReadAccount6", d => d.Account);

    /// <summary>Parses an OBReadBalance1 page.</summary>
    public static Either<OpenBankingError, ResourcePage<Balance>> ParseBalances(HttpResponseSpec response, string operation = "GET balances") =>
        ReadPage(response, ObJsonContext.Default.ReadDocumentBalancesData, operation, "OBReadBalance1", d => d.Balance);

    /// <summary>Parses an OBReadTransaction6 page (of transactions, account transactions or statement transactions).</summary>
    public static Either<OpenBankingError, ResourcePage<Transaction>> ParseTransactions(HttpResponseSpec response, string operation = "GET transactions") =>
        ReadPage(response, ObJsonContext.Default.ReadDocumentTransactionsData, operation, "OBReadTransaction6", d => d.Transaction);

    /// <summary>GET /{resource}: the operation is named <c>GET {resource}</c>.</summary>
    private static Either<OpenBankingError, HttpRequestSpec> Bulk(
        ValidatedApiConfig config, string resource, string accessToken, string interactionId, CustomerContext? customer, string query = "") =>
        ResourceRequest.Build(config, $"GET {resource}", HttpMethod.Get, $"/{resource}{query}", accessToken, interactionId, customer);

    /// <summary>GET /accounts/{AccountId}/{resource}: the operation is named <c>GET account {resource}</c>.</summary>
    private static Either<OpenBankingError, HttpRequestSpec> OfAccount(
        ValidatedApiConfig config, string accountId, string resource, string accessToken, string interactionId, CustomerContext? customer, string query = "") =>
        PerAccount(accountId).Bind(path =>
            ResourceRequest.Build(config, $"GET account {resource}", HttpMethod.Get, $"{path}/{resource}{query}", accessToken, interactionId, customer));

    private static Either<OpenBankingError, ResourcePage<T>> ReadPage<TData, T>(
        HttpResponseSpec response, JsonTypeInfo<ReadDocument<TData>> typeInfo, string operation, string schema, Func<TData, EquatableList<T>?> items) =>
        ObJson.Read(response, typeInfo, operation, 200, $"an {schema} document")
            .Map(d => new ResourcePage<T>(items(d.Data) ?? [], d.Links, d.Meta));

    private static Either<OpenBankingError, string> PerAccount(string accountId) =>
        string.IsNullOrWhiteSpace(accountId)
            ? new ValidationError("account_id", "the AccountId is empty")
            : $"/accounts/{Uri.EscapeDataString(accountId)}";

    /// <summary>
    /// GET /{resource} or /accounts/{AccountId}/{resource} with a <c>from{name}</c>/<c>to{name}</c> date filter (no query
    /// without either); from after to is a <see cref="ValidationError"/> on <c>{resource}.{name}</c>, e.g. <c>transactions.booking_dates</c>.
    /// </summary>
    private static Either<OpenBankingError, HttpRequestSpec> Filtered(
        ValidatedApiConfig config, string resource, string? accountId, string name, DateTimeOffset? from, DateTimeOffset? to,
        string accessToken, string interactionId, CustomerContext? customer)
    {
        if (from > to)
        {
            var dates = name.Replace("DateTime", "_dates", StringComparison.Ordinal).ToLowerInvariant();
            return new ValidationError($"{resource}.{dates}", $"from{name} is after to{name}");
        }

        var filters = new List<KeyValuePair<string, string>>();
        if (from is { } fromValue)
        {
            filters.Add(KeyValuePair.Create($"from{name}", QueryDate(fromValue)));
        }

        if (to is { } toValue)
        {
            filters.Add(KeyValuePair.Create($"to{name}", QueryDate(toValue)));
        }

        var query = filters.Count == 0 ? "" : $"?{FormUrlEncoding.Encode(filters)}";
        return accountId is null
            ? Bulk(config, resource, accessToken, interactionId, customer, query)
            : OfAccount(config, accountId, resource, accessToken, interactionId, customer, query);
    }

    // The spec: "UTC ISO 8601 Date Time ... If the Date Time contains a timezone, the ASPSP must ignore
    // the timezone component" — so send UTC and leave the zone out.
    private static string QueryDate(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
}
