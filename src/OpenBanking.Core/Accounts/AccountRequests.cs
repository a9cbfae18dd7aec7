using System.Globalization;
using LanguageExt;
using OpenBanking.Core.Configuration;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Accounts;

/// <summary>
/// Builders and parsers for the account resources of the Account and Transaction API v3.1.11:
/// accounts, balances and transactions, bulk and per account, and the next page of any of them.
/// These requests use the access token from the authorisation code grant.
/// </summary>
public static class AccountRequests
{
    /// <summary>GET /accounts: every account the consent covers.</summary>
    public static Either<OpenBankingError, HttpRequestSpec> Accounts(ValidatedApiConfig config, string accessToken, string interactionId, CustomerContext? customer = null) =>
        ResourceRequest.Build(config, "GET accounts", HttpMethod.Get, "/accounts", accessToken, interactionId, customer);

    /// <summary>GET /accounts/{AccountId}.</summary>
    public static Either<OpenBankingError, HttpRequestSpec> Account(
        ValidatedApiConfig config, string accessToken, string accountId, string interactionId, CustomerContext? customer = null) =>
        PerAccount(accountId).Bind(path => ResourceRequest.Build(config, "GET account", HttpMethod.Get, path, accessToken, interactionId, customer));

    /// <summary>GET /balances: the balances of every account the consent covers.</summary>
    public static Either<OpenBankingError, HttpRequestSpec> Balances(ValidatedApiConfig config, string accessToken, string interactionId, CustomerContext? customer = null) =>
        ResourceRequest.Build(config, "GET balances", HttpMethod.Get, "/balances", accessToken, interactionId, customer);

    /// <summary>GET /accounts/{AccountId}/balances.</summary>
    public static Either<OpenBankingError, HttpRequestSpec> AccountBalances(
        ValidatedApiConfig config, string accessToken, string accountId, string interactionId, CustomerContext? customer = null) =>
        PerAccount(accountId).Bind(path =>
            ResourceRequest.Build(config, "GET account balances", HttpMethod.Get, $"{path}/balances", accessToken, interactionId, customer));

    /// <summary>GET /transactions or /accounts/{AccountId}/transactions, filtered by booking date-time.</summary>
    public static Either<OpenBankingError, HttpRequestSpec> Transactions(
        ValidatedApiConfig config, string accessToken, TransactionQuery query, string interactionId, CustomerContext? customer = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.FromBookingDateTime > query.ToBookingDateTime)
        {
            return new ValidationError("transactions.booking_dates", "fromBookingDateTime is after toBookingDateTime");
        }

        var filters = new List<KeyValuePair<string, string>>();
        if (query.FromBookingDateTime is { } from)
        {
            filters.Add(KeyValuePair.Create("fromBookingDateTime", QueryDate(from)));
        }

        if (query.ToBookingDateTime is { } to)
        {
            filters.Add(KeyValuePair.Create("toBookingDateTime", QueryDate(to)));
        }

        var queryString = filters.Count == 0 ? "" : $"?{FormUrlEncoding.Encode(filters)}";
        var path = query.AccountId is null ? Right("/transactions") : PerAccount(query.AccountId).Map(p => $"{p}/transactions");
        return path.Bind(p => ResourceRequest.Build(
            config, query.AccountId is null ? "GET transactions" : "GET account transactions", HttpMethod.Get, p + queryString,
            accessToken, interactionId, customer));
    }

    /// <summary>
    /// GET a page link the bank returned (<c>Links.Next</c>), absolute or relative to the resource server.
    /// A link to another origin is refused: the access token must never leave the bank it belongs to.
    /// </summary>
    public static Either<OpenBankingError, HttpRequestSpec> Page(
        ValidatedApiConfig config, string accessToken, string link, string operation, string interactionId, CustomerContext? customer = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (!Uri.TryCreate(config.ResourceEndpoint, link, out var uri) || uri.Scheme is not ("https" or "http"))
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
        ObJson.Read(response, ObJsonContext.Default.ReadDocumentAccountsData, operation, 200, "an OBReadAccount6 document")
            .Map(d => new ResourcePage<Account>(d.Data.Account ?? [], d.Links, d.Meta));

    /// <summary>Parses an OBReadBalance1 page.</summary>
    public static Either<OpenBankingError, ResourcePage<Balance>> ParseBalances(HttpResponseSpec response, string operation = "GET balances") =>
        ObJson.Read(response, ObJsonContext.Default.ReadDocumentBalancesData, operation, 200, "an OBReadBalance1 document")
            .Map(d => new ResourcePage<Balance>(d.Data.Balance, d.Links, d.Meta));

    /// <summary>Parses an OBReadTransaction6 page.</summary>
    public static Either<OpenBankingError, ResourcePage<Transaction>> ParseTransactions(HttpResponseSpec response, string operation = "GET transactions") =>
        ObJson.Read(response, ObJsonContext.Default.ReadDocumentTransactionsData, operation, 200, "an OBReadTransaction6 document")
            .Map(d => new ResourcePage<Transaction>(d.Data.Transaction ?? [], d.Links, d.Meta));

    private static Either<OpenBankingError, string> Right(string value) => value;

    private static Either<OpenBankingError, string> PerAccount(string accountId) =>
        string.IsNullOrWhiteSpace(accountId)
            ? new ValidationError("account_id", "the AccountId is empty")
            : $"/accounts/{Uri.EscapeDataString(accountId)}";

    // The spec: "UTC ISO 8601 Date Time ... If the Date Time contains a timezone, the ASPSP must ignore
    // the timezone component" — so send UTC and leave the zone out.
    private static string QueryDate(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
}
