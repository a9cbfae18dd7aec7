using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json.Serialization.Metadata;
using LanguageExt;
using OpenBanking.Core.Api;
using OpenBanking.Core.Consents;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Accounts;

/// <summary>
/// The Account and Transaction API v3.1.11 as a table: the family, and every operation as an <see cref="ApiCall{T}"/> with
/// its model — account access consents (with the client credentials token) and the resources (with the PSU's token):
/// accounts, balances, transactions, beneficiaries, direct debits, standing orders, scheduled payments, offers, products,
/// parties and statements, bulk and per account where the spec has both. A null account id reads the bulk resource (every
/// account in the consent), an account id that account's. Send them with <c>OpenBankingClient.Send</c>, page them with
/// <c>Pages</c>/<c>ReadAll</c>, or <see cref="ApiCall{T}.Build"/> one to see the request without sending it.
/// </summary>
public static class AccountInformation
{
    /// <summary>The family: base path <c>/open-banking/v3.1/aisp</c> (<c>aisp_base_path</c>), scope <c>accounts</c>.</summary>
    public static ApiFamily Family { get; } = new("Account and Transaction API", "aisp", "accounts", "/account-access-consents");

    /// <summary>
    /// POST /account-access-consents (OBReadConsent1). The permission set and dates are checked first: a set the bank must
    /// reject (unknown code, Basic/Detail without Credits/Debits, ...), from after to, or an expiry not in the future is a
    /// <see cref="ValidationError"/> on <c>permissions</c>, not a request.
    /// </summary>
    public static ApiCall<AccountAccessConsent> CreateConsent(AccountAccessConsentRequest consent)
    {
        ArgumentNullException.ThrowIfNull(consent);
        return Family.Call("POST account-access-consents", HttpMethod.Post, _ => Family.ConsentPath,
            (response, operation) => AccountAccessConsents.Parse(response, operation, 201),
            body: context => AccountAccessConsents.Problems(consent, context.Now) is { } problems
                ? new ValidationError("permissions", problems)
                : new RequestBody.Json(AccountAccessConsents.Body(consent)));
    }

    /// <summary>GET /account-access-consents/{ConsentId} (to see whether the PSU has authorised it).</summary>
    public static ApiCall<AccountAccessConsent> GetConsent(string consentId) =>
        Family.Call("GET account-access-consents", HttpMethod.Get, _ => ConsentPath(consentId),
            (response, operation) => AccountAccessConsents.Parse(response, operation, 200));

    /// <summary>DELETE /account-access-consents/{ConsentId}: the TPP's way to end it (the bank answers 204).</summary>
    public static ApiCall<Unit> DeleteConsent(string consentId) =>
        Family.Call("DELETE account-access-consents", HttpMethod.Delete, _ => ConsentPath(consentId), AccountAccessConsents.ParseDeleted);

    /// <summary>GET /accounts: every account the consent covers (OBReadAccount6).</summary>
    public static ApiCall<ResourcePage<Account>> Accounts() =>
        Read("accounts", null, ObJsonContext.Default.ReadDocumentAccountsData, "OBReadAccount6", d => d.Account);

    /// <summary>GET /accounts/{AccountId}: the account, or a <see cref="ParseError"/> when the answer does not hold it.</summary>
    public static ApiCall<Account> Account(string accountId) =>
        Family.Call("GET account", HttpMethod.Get, _ => PerAccount(accountId), PageOf(ObJsonContext.Default.ReadDocumentAccountsData, "OBReadAccount6", d => d.Account))
            .Then((page, response, operation) => Single(page, a => a.AccountId == accountId, $"the account {accountId}", "Account", operation, response.InteractionId));

    /// <summary>GET /balances or /accounts/{AccountId}/balances (OBReadBalance1).</summary>
    public static ApiCall<ResourcePage<Balance>> Balances(string? accountId = null) =>
        Read("balances", accountId, ObJsonContext.Default.ReadDocumentBalancesData, "OBReadBalance1", d => d.Balance);

    /// <summary>GET /transactions or /accounts/{AccountId}/transactions, filtered by booking date-time (OBReadTransaction6).</summary>
    public static ApiCall<ResourcePage<Transaction>> Transactions(TransactionQuery? query = null)
    {
        var q = query ?? TransactionQuery.All;
        return Filtered("transactions", q.AccountId, "BookingDateTime", q.FromBookingDateTime, q.ToBookingDateTime,
            PageOf(ObJsonContext.Default.ReadDocumentTransactionsData, "OBReadTransaction6", d => d.Transaction));
    }

    /// <summary>GET /beneficiaries or /accounts/{AccountId}/beneficiaries (OBReadBeneficiary5).</summary>
    public static ApiCall<ResourcePage<Beneficiary>> Beneficiaries(string? accountId = null) =>
        Read("beneficiaries", accountId, ObJsonContext.Default.ReadDocumentBeneficiariesData, "OBReadBeneficiary5", d => d.Beneficiary);

    /// <summary>GET /direct-debits or /accounts/{AccountId}/direct-debits (OBReadDirectDebit2).</summary>
    public static ApiCall<ResourcePage<DirectDebit>> DirectDebits(string? accountId = null) =>
        Read("direct-debits", accountId, ObJsonContext.Default.ReadDocumentDirectDebitsData, "OBReadDirectDebit2", d => d.DirectDebit);

    /// <summary>GET /standing-orders or /accounts/{AccountId}/standing-orders (OBReadStandingOrder6).</summary>
    public static ApiCall<ResourcePage<StandingOrder>> StandingOrders(string? accountId = null) =>
        Read("standing-orders", accountId, ObJsonContext.Default.ReadDocumentStandingOrdersData, "OBReadStandingOrder6", d => d.StandingOrder);

    /// <summary>GET /scheduled-payments or /accounts/{AccountId}/scheduled-payments (OBReadScheduledPayment3).</summary>
    public static ApiCall<ResourcePage<ScheduledPayment>> ScheduledPayments(string? accountId = null) =>
        Read("scheduled-payments", accountId, ObJsonContext.Default.ReadDocumentScheduledPaymentsData, "OBReadScheduledPayment3", d => d.ScheduledPayment);

    /// <summary>GET /offers or /accounts/{AccountId}/offers (OBReadOffer1).</summary>
    public static ApiCall<ResourcePage<Offer>> Offers(string? accountId = null) =>
        Read("offers", accountId, ObJsonContext.Default.ReadDocumentOffersData, "OBReadOffer1", d => d.Offer);

    /// <summary>GET /products or /accounts/{AccountId}/product (singular in the spec; OBReadProduct2).</summary>
    public static ApiCall<ResourcePage<Product>> Products(string? accountId = null) =>
        Read(accountId is null ? "products" : "product", accountId, ObJsonContext.Default.ReadDocumentProductsData, "OBReadProduct2", d => d.Product);

    /// <summary>
    /// GET /party (the PSU, ReadPartyPSU) or /accounts/{AccountId}/party (the account holder, ReadParty), OBReadParty2, as a
    /// page of at most one party: the spec lets <c>Data.Party</c> be left out, and then the page is empty.
    /// </summary>
    public static ApiCall<ResourcePage<Party>> Party(string? accountId = null) =>
        Read<PartyData, Party>("party", accountId, ObJsonContext.Default.ReadDocumentPartyData, "OBReadParty2", d => d.Party is { } party ? [party] : null);

    /// <summary>GET /accounts/{AccountId}/parties: everyone with a role on the account (ReadParty; OBReadParty3).</summary>
    public static ApiCall<ResourcePage<Party>> Parties(string accountId) =>
        Family.Call("GET account parties", HttpMethod.Get, _ => PerAccount(accountId).Map(path => $"{path}/parties"),
            PageOf(ObJsonContext.Default.ReadDocumentPartiesData, "OBReadParty3", d => d.Party));

    /// <summary>GET /statements or /accounts/{AccountId}/statements, filtered by statement date-time (OBReadStatement2).</summary>
    public static ApiCall<ResourcePage<Statement>> Statements(StatementQuery? query = null)
    {
        var q = query ?? StatementQuery.All;
        return Filtered("statements", q.AccountId, "StatementDateTime", q.FromStatementDateTime, q.ToStatementDateTime, StatementPage);
    }

    /// <summary>GET /accounts/{AccountId}/statements/{StatementId}: the statement, or a <see cref="ParseError"/> when the answer (OBReadStatement2) does not hold it.</summary>
    public static ApiCall<Statement> Statement(string accountId, string statementId) =>
        Family.Call("GET account statement", HttpMethod.Get, _ => OfStatement(accountId, statementId, ""), StatementPage)
            .Then((page, response, operation) => Single(page, s => s.StatementId == statementId, $"the statement {statementId}", "Statement", operation, response.InteractionId));

    /// <summary>
    /// GET /accounts/{AccountId}/statements/{StatementId}/file: the statement as a file, in the format the bank keeps it in.
    /// The spec's Statements resource has the TPP ask for a format with <c>Accept</c>; <paramref name="accept"/> is sent as
    /// it is (<c>application/pdf</c> unless given, a list such as <c>application/pdf, */*;q=0.1</c> is allowed). The answer
    /// is read as any media type (without a Content-Type, <c>application/octet-stream</c>, as RFC 9110 §8.3 lets a recipient
    /// assume), the bytes untouched, the file name from Content-Disposition when the bank gives one; an empty 200 is a
    /// <see cref="ParseError"/>.
    /// </summary>
    public static ApiCall<StatementFile> StatementFile(string accountId, string statementId, string accept = global::OpenBanking.Core.Accounts.StatementFile.Pdf)
    {
        ArgumentNullException.ThrowIfNull(accept);
        return Family.Call("GET account statement file", HttpMethod.Get,
            _ => from ranges in MediaRanges(accept)
                 from path in OfStatement(accountId, statementId, "/file")
                 select path,
            ReadStatementFile, accept: accept);
    }

    /// <summary>GET /accounts/{AccountId}/statements/{StatementId}/transactions: the transactions on one statement (OBReadTransaction6).</summary>
    public static ApiCall<ResourcePage<Transaction>> StatementTransactions(string accountId, string statementId) =>
        Family.Call("GET account statement transactions", HttpMethod.Get, _ => OfStatement(accountId, statementId, "/transactions"),
            PageOf(ObJsonContext.Default.ReadDocumentTransactionsData, "OBReadTransaction6", d => d.Transaction));

    private static Func<HttpResponseSpec, string, Either<OpenBankingError, ResourcePage<Statement>>> StatementPage { get; } =
        PageOf(ObJsonContext.Default.ReadDocumentStatementsData, "OBReadStatement2", d => d.Statement);

    /// <summary>GET /{resource} (operation <c>GET {resource}</c>) or /accounts/{AccountId}/{resource} (<c>GET account {resource}</c>).</summary>
    private static ApiCall<ResourcePage<T>> Read<TData, T>(
        string resource, string? accountId, JsonTypeInfo<ReadDocument<TData>> typeInfo, string schema, Func<TData, EquatableList<T>?> items) =>
        Under(resource, accountId, "", PageOf(typeInfo, schema, items));

    private static ApiCall<ResourcePage<T>> Under<T>(
        string resource, string? accountId, string query, Func<HttpResponseSpec, string, Either<OpenBankingError, ResourcePage<T>>> parse) =>
        accountId is null
            ? Family.Call($"GET {resource}", HttpMethod.Get, _ => $"/{resource}{query}", parse)
            : Family.Call($"GET account {resource}", HttpMethod.Get, _ => PerAccount(accountId).Map(path => $"{path}/{resource}{query}"), parse);

    private static Func<HttpResponseSpec, string, Either<OpenBankingError, ResourcePage<T>>> PageOf<TData, T>(
        JsonTypeInfo<ReadDocument<TData>> typeInfo, string schema, Func<TData, EquatableList<T>?> items) =>
        (response, operation) => ObJson.Read(response, typeInfo, operation, 200, $"an {schema} document")
            .Map(d => new ResourcePage<T>(items(d.Data) ?? [], d.Links, d.Meta));

    /// <summary>
    /// GET /{resource} or /accounts/{AccountId}/{resource} with a <c>from{name}</c>/<c>to{name}</c> date filter (no query
    /// without either); from after to is a <see cref="ValidationError"/> on <c>{resource}.{name}</c>, e.g. <c>transactions.booking_dates</c>.
    /// </summary>
    private static ApiCall<ResourcePage<T>> Filtered<T>(
        string resource, string? accountId, string name, DateTimeOffset? from, DateTimeOffset? to,
        Func<HttpResponseSpec, string, Either<OpenBankingError, ResourcePage<T>>> parse)
    {
        var filters = new List<KeyValuePair<string, string>>();
        if (from is { } fromValue)
        {
            filters.Add(KeyValuePair.Create($"from{name}", QueryDate(fromValue)));
        }

        if (to is { } toValue)
        {
            filters.Add(KeyValuePair.Create($"to{name}", QueryDate(toValue)));
        }

        var call = Under(resource, accountId, filters.Count == 0 ? "" : $"?{FormUrlEncoding.Encode(filters)}", parse);
        if (from > to)
        {
            var dates = name.Replace("DateTime", "_dates", StringComparison.Ordinal).ToLowerInvariant();
            return new ApiCall<ResourcePage<T>>(call.Operation, _ => new ValidationError($"{resource}.{dates}", $"from{name} is after to{name}"), parse);
        }

        return call;
    }

    // The spec: "UTC ISO 8601 Date Time ... If the Date Time contains a timezone, the ASPSP must ignore
    // the timezone component" — so send UTC and leave the zone out.
    private static string QueryDate(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    private static Either<OpenBankingError, string> PerAccount(string accountId) =>
        string.IsNullOrWhiteSpace(accountId)
            ? new ValidationError("account_id", "the AccountId is empty")
            : $"/accounts/{Uri.EscapeDataString(accountId)}";

    private static Either<OpenBankingError, string> ConsentPath(string consentId) =>
        string.IsNullOrWhiteSpace(consentId)
            ? new ValidationError("consent_id", "the ConsentId is empty")
            : $"{Family.ConsentPath}/{Uri.EscapeDataString(consentId)}";

    private static Either<OpenBankingError, string> OfStatement(string accountId, string statementId, string rest) =>
        string.IsNullOrWhiteSpace(statementId)
            ? new ValidationError("statement_id", "the StatementId is empty")
            : PerAccount(accountId).Map(path => $"{path}/statements/{Uri.EscapeDataString(statementId)}{rest}");

    private static Either<OpenBankingError, Unit> MediaRanges(string accept) =>
        accept.Split(',').All(range => MediaTypeWithQualityHeaderValue.TryParse(range.Trim(), out _))
            ? Prelude.unit
            : new ValidationError("accept", $"'{accept}' is not a list of media ranges such as 'application/pdf'");

    private static Either<OpenBankingError, StatementFile> ReadStatementFile(HttpResponseSpec response, string operation)
    {
        if (ObJson.UnexpectedStatus(response, operation, 200) is { } error)
        {
            return error;
        }

        return response.Body.IsEmpty
            ? new ParseError(operation, "a statement file", null, "the body is empty", response.InteractionId)
            : new StatementFile(response.MediaType ?? "application/octet-stream", EquatableList.Create(response.Body.Span), FileName(response.Header("Content-Disposition")));
    }

    private static string? FileName(string? contentDisposition) =>
        contentDisposition is not null && ContentDispositionHeaderValue.TryParse(contentDisposition, out var disposition)
            ? disposition.FileNameStar ?? disposition.FileName?.Trim('"')
            : null;

    private static Either<OpenBankingError, T> Single<T>(
        ResourcePage<T> page, Func<T, bool> isIt, string expected, string member, string operation, string? interactionId)
        where T : class =>
        page.Items.FirstOrDefault(isIt) is { } item
            ? item
            : new ParseError(operation, expected, $"$.Data.{member}", $"the response holds {page.Items.Count} other {member.ToLowerInvariant()}(s)", interactionId);
}
