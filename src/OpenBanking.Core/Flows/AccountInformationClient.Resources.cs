using System.Runtime.CompilerServices;
using LanguageExt;
using OpenBanking.Core.Accounts;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;

namespace OpenBanking.Core.Flows;

/// <summary>The Account and Transaction API reads: one page, every page as a stream, or every item.</summary>
public sealed partial class AccountInformationClient
{
    /// <summary>The operation name of every page after the first.</summary>
    private const string NextPage = "GET next page";

    /// <summary>The first page of any read (<see cref="AccountReads"/> has them all).</summary>
    public EitherAsync<OpenBankingError, ResourcePage<T>> Read<T>(
        string accessToken, ResourceRead<T> read, CustomerContext? customer = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(read);
        return Run(read.Build(_config, accessToken, _ids.NewId(), customer), read.Parse.Invoke, cancellationToken);
    }

    /// <summary>
    /// Every page of a read, as it arrives, following <c>Links.Next</c>: absolute or relative (resolved against the page
    /// that carried it), same origin only. The stream ends after the last page, or with one Left: a failed request or
    /// page, a Next link back to a page already read (a loop), a Next link on the page <c>Meta.TotalPages</c> says is
    /// the last, or a Next link after <paramref name="maxPages"/> pages.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxPages"/> is less than 1.</exception>
    public IAsyncEnumerable<Either<OpenBankingError, ResourcePage<T>>> Pages<T>(
        string accessToken, ResourceRead<T> read, int maxPages = DefaultMaxPages, CustomerContext? customer = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxPages);
        return Follow(accessToken, read, maxPages, customer, cancellationToken);
    }

    /// <summary>Every item of every page of a read (see <see cref="Pages"/>), or the first error.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxPages"/> is less than 1.</exception>
    public EitherAsync<OpenBankingError, IReadOnlyList<T>> ReadAll<T>(
        string accessToken, ResourceRead<T> read, int maxPages = DefaultMaxPages, CustomerContext? customer = null,
        CancellationToken cancellationToken = default) =>
        Collect(Pages(accessToken, read, maxPages, customer, cancellationToken)).ToAsync();

    /// <summary>GET /accounts.</summary>
    public EitherAsync<OpenBankingError, ResourcePage<Account>> Accounts(string accessToken, CustomerContext? customer = null, CancellationToken cancellationToken = default) =>
        Read(accessToken, AccountReads.Accounts(), customer, cancellationToken);

    /// <summary>GET /accounts/{AccountId}: the account, or a <see cref="ParseError"/> when the answer does not hold it.</summary>
    public EitherAsync<OpenBankingError, Account> Account(string accessToken, string accountId, CustomerContext? customer = null, CancellationToken cancellationToken = default) =>
        Run(AccountRequests.Account(_config, accessToken, accountId, _ids.NewId(), customer),
            (response, operation) => AccountRequests.ParseAccounts(response, operation)
                .Bind(page => Single(page, a => a.AccountId == accountId, $"the account {accountId}", "Account", operation, response.InteractionId)),
            cancellationToken);

    /// <summary>GET /balances.</summary>
    public EitherAsync<OpenBankingError, ResourcePage<Balance>> Balances(string accessToken, CustomerContext? customer = null, CancellationToken cancellationToken = default) =>
        Read(accessToken, AccountReads.Balances(), customer, cancellationToken);

    /// <summary>GET /accounts/{AccountId}/balances.</summary>
    public EitherAsync<OpenBankingError, ResourcePage<Balance>> AccountBalances(
        string accessToken, string accountId, CustomerContext? customer = null, CancellationToken cancellationToken = default) =>
        Read(accessToken, AccountReads.Balances(accountId), customer, cancellationToken);

    /// <summary>The first page of GET /transactions or /accounts/{AccountId}/transactions.</summary>
    public EitherAsync<OpenBankingError, ResourcePage<Transaction>> Transactions(
        string accessToken, TransactionQuery? query = null, CustomerContext? customer = null, CancellationToken cancellationToken = default) =>
        Read(accessToken, AccountReads.Transactions(query), customer, cancellationToken);

    /// <summary>
    /// Every page of transactions (see <see cref="Pages"/>: same origin, loop guard, Meta.TotalPages), up to
    /// <paramref name="maxPages"/> pages.
    /// </summary>
    public EitherAsync<OpenBankingError, IReadOnlyList<Transaction>> AllTransactions(
        string accessToken, TransactionQuery? query = null, int maxPages = DefaultMaxPages, CustomerContext? customer = null,
        CancellationToken cancellationToken = default) =>
        ReadAll(accessToken, AccountReads.Transactions(query), maxPages, customer, cancellationToken);

    /// <summary>GET /beneficiaries.</summary>
    public EitherAsync<OpenBankingError, ResourcePage<Beneficiary>> Beneficiaries(string accessToken, CustomerContext? customer = null, CancellationToken cancellationToken = default) =>
        Read(accessToken, AccountReads.Beneficiaries(), customer, cancellationToken);

    /// <summary>GET /accounts/{AccountId}/beneficiaries.</summary>
    public EitherAsync<OpenBankingError, ResourcePage<Beneficiary>> AccountBeneficiaries(
        string accessToken, string accountId, CustomerContext? customer = null, CancellationToken cancellationToken = default) =>
        Read(accessToken, AccountReads.Beneficiaries(accountId), customer, cancellationToken);

    /// <summary>GET /direct-debits.</summary>
    public EitherAsync<OpenBankingError, ResourcePage<DirectDebit>> DirectDebits(string accessToken, CustomerContext? customer = null, CancellationToken cancellationToken = default) =>
        Read(accessToken, AccountReads.DirectDebits(), customer, cancellationToken);

    /// <summary>GET /accounts/{AccountId}/direct-debits.</summary>
    public EitherAsync<OpenBankingError, ResourcePage<DirectDebit>> AccountDirectDebits(
        string accessToken, string accountId, CustomerContext? customer = null, CancellationToken cancellationToken = default) =>
        Read(accessToken, AccountReads.DirectDebits(accountId), customer, cancellationToken);

    /// <summary>GET /standing-orders.</summary>
    public EitherAsync<OpenBankingError, ResourcePage<StandingOrder>> StandingOrders(string accessToken, CustomerContext? customer = null, CancellationToken cancellationToken = default) =>
        Read(accessToken, AccountReads.StandingOrders(), customer, cancellationToken);

    /// <summary>GET /accounts/{AccountId}/standing-orders.</summary>
    public EitherAsync<OpenBankingError, ResourcePage<StandingOrder>> AccountStandingOrders(
        string accessToken, string accountId, CustomerContext? customer = null, CancellationToken cancellationToken = default) =>
        Read(accessToken, AccountReads.StandingOrders(accountId), customer, cancellationToken);

    /// <summary>GET /scheduled-payments.</summary>
    public EitherAsync<OpenBankingError, ResourcePage<ScheduledPayment>> ScheduledPayments(string accessToken, CustomerContext? customer = null, CancellationToken cancellationToken = default) =>
        Read(accessToken, AccountReads.ScheduledPayments(), customer, cancellationToken);

    /// <summary>GET /accounts/{AccountId}/scheduled-payments.</summary>
    public EitherAsync<OpenBankingError, ResourcePage<ScheduledPayment>> AccountScheduledPayments(
        string accessToken, string accountId, CustomerContext? customer = null, CancellationToken cancellationToken = default) =>
        Read(accessToken, AccountReads.ScheduledPayments(accountId), customer, cancellationToken);

    /// <summary>GET /offers.</summary>
    public EitherAsync<OpenBankingError, ResourcePage<Offer>> Offers(string accessToken, CustomerContext? customer = null, CancellationToken cancellationToken = default) =>
        Read(accessToken, AccountReads.Offers(), customer, cancellationToken);

    /// <summary>GET /accounts/{AccountId}/offers.</summary>
    public EitherAsync<OpenBankingError, ResourcePage<Offer>> AccountOffers(
        string accessToken, string accountId, CustomerContext? customer = null, CancellationToken cancellationToken = default) =>
        Read(accessToken, AccountReads.Offers(accountId), customer, cancellationToken);

    /// <summary>GET /products.</summary>
    public EitherAsync<OpenBankingError, ResourcePage<Product>> Products(string accessToken, CustomerContext? customer = null, CancellationToken cancellationToken = default) =>
        Read(accessToken, AccountReads.Products(), customer, cancellationToken);

    /// <summary>GET /accounts/{AccountId}/product.</summary>
    public EitherAsync<OpenBankingError, ResourcePage<Product>> AccountProduct(
        string accessToken, string accountId, CustomerContext? customer = null, CancellationToken cancellationToken = default) =>
        Read(accessToken, AccountReads.Products(accountId), customer, cancellationToken);

    /// <summary>GET /party: the PSU, as a page of at most one party (the spec lets the bank leave it out).</summary>
    public EitherAsync<OpenBankingError, ResourcePage<Party>> Party(string accessToken, CustomerContext? customer = null, CancellationToken cancellationToken = default) =>
        Read(accessToken, AccountReads.Party(), customer, cancellationToken);

    /// <summary>GET /accounts/{AccountId}/party: the account holder, as a page of at most one party.</summary>
    public EitherAsync<OpenBankingError, ResourcePage<Party>> AccountParty(
        string accessToken, string accountId, CustomerContext? customer = null, CancellationToken cancellationToken = default) =>
        Read(accessToken, AccountReads.Party(accountId), customer, cancellationToken);

    /// <summary>GET /accounts/{AccountId}/parties: everyone with a role on the account.</summary>
    public EitherAsync<OpenBankingError, ResourcePage<Party>> AccountParties(
        string accessToken, string accountId, CustomerContext? customer = null, CancellationToken cancellationToken = default) =>
        Read(accessToken, AccountReads.Parties(accountId), customer, cancellationToken);

    /// <summary>The first page of GET /statements or /accounts/{AccountId}/statements.</summary>
    public EitherAsync<OpenBankingError, ResourcePage<Statement>> Statements(
        string accessToken, StatementQuery? query = null, CustomerContext? customer = null, CancellationToken cancellationToken = default) =>
        Read(accessToken, AccountReads.Statements(query), customer, cancellationToken);

    /// <summary>GET /accounts/{AccountId}/statements/{StatementId}: the statement, or a <see cref="ParseError"/> when the answer does not hold it.</summary>
    public EitherAsync<OpenBankingError, Statement> Statement(
        string accessToken, string accountId, string statementId, CustomerContext? customer = null, CancellationToken cancellationToken = default) =>
        Run(AccountRequests.Statement(_config, accessToken, accountId, statementId, _ids.NewId(), customer),
            (response, operation) => AccountRequests.ParseStatements(response, operation)
                .Bind(page => Single(page, s => s.StatementId == statementId, $"the statement {statementId}", "Statement", operation, response.InteractionId)),
            cancellationToken);

    /// <summary>GET /accounts/{AccountId}/statements/{StatementId}/file, asking for <paramref name="accept"/> (a PDF unless given).</summary>
    public EitherAsync<OpenBankingError, StatementFile> StatementFile(
        string accessToken, string accountId, string statementId, string accept = global::OpenBanking.Core.Accounts.StatementFile.Pdf, CustomerContext? customer = null,
        CancellationToken cancellationToken = default) =>
        Run(AccountRequests.StatementFile(_config, accessToken, accountId, statementId, _ids.NewId(), customer, accept), AccountRequests.ParseStatementFile, cancellationToken);

    /// <summary>The first page of GET /accounts/{AccountId}/statements/{StatementId}/transactions.</summary>
    public EitherAsync<OpenBankingError, ResourcePage<Transaction>> StatementTransactions(
        string accessToken, string accountId, string statementId, CustomerContext? customer = null, CancellationToken cancellationToken = default) =>
        Read(accessToken, AccountReads.StatementTransactions(accountId, statementId), customer, cancellationToken);

    private async IAsyncEnumerable<Either<OpenBankingError, ResourcePage<T>>> Follow<T>(
        string accessToken, ResourceRead<T> read, int maxPages, CustomerContext? customer, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var visited = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal);

        // Null when there is nothing more to read; a Left (a link refused, a loop, a limit) ends the stream as the next "page".
        Either<OpenBankingError, HttpRequestSpec>? request = read.Build(_config, accessToken, _ids.NewId(), customer);
        for (var pagesRead = 1; request is { } current; pagesRead++)
        {
            var fetched = await Fetch(current, read.Parse, cancellationToken).ConfigureAwait(false);
            yield return fetched.Map(f => f.Page);
            var count = pagesRead;
            request = fetched.MatchUnsafe(Right: f => Following(f, count, maxPages, visited, accessToken, customer), Left: _ => null);
        }
    }

    private async Task<Either<OpenBankingError, FetchedPage<T>>> Fetch<T>(
        Either<OpenBankingError, HttpRequestSpec> built, ParseResourcePage<T> parse, CancellationToken cancellationToken) =>
        await (from request in built.ToAsync()
               from response in _http.Send(request, cancellationToken)
               from page in parse(response, request.Operation).ToAsync()
               select new FetchedPage<T>(request.Uri, page)).ToEither().ConfigureAwait(false);

    private Either<OpenBankingError, HttpRequestSpec>? Following<T>(
        FetchedPage<T> fetched, int pagesRead, int maxPages, System.Collections.Generic.HashSet<string> visited, string accessToken, CustomerContext? customer)
    {
        visited.UnionWith(Paging.Visited(fetched.Page, fetched.Url));
        return Paging.Next(fetched.Page, fetched.Url, pagesRead, maxPages, visited).MatchUnsafe<Either<OpenBankingError, HttpRequestSpec>?>(
            Right: next => next.MatchUnsafe<Either<OpenBankingError, HttpRequestSpec>?>(
                Some: url => AccountRequests.Page(_config, accessToken, url.AbsoluteUri, NextPage, _ids.NewId(), customer),
                None: () => null),
            Left: error => error);
    }

    private static async Task<Either<OpenBankingError, IReadOnlyList<T>>> Collect<T>(IAsyncEnumerable<Either<OpenBankingError, ResourcePage<T>>> pages)
    {
        var items = new List<T>();
        await foreach (var page in pages.ConfigureAwait(false))
        {
            if (page.IsLeft)
            {
                return page.Map<IReadOnlyList<T>>(_ => items);
            }

            page.IfRight(p => items.AddRange(p.Items));
        }

        return items;
    }

    private static Either<OpenBankingError, T> Single<T>(
        ResourcePage<T> page, Func<T, bool> isIt, string expected, string member, string operation, string? interactionId)
        where T : class =>
        page.Items.FirstOrDefault(isIt) is { } item
            ? item
            : new ParseError(operation, expected, $"$.Data.{member}", $"the response holds {page.Items.Count} other {member.ToLowerInvariant()}(s)", interactionId);

    /// <summary>A page and the URL it was read from (relative Next links resolve against it).</summary>
    private sealed record FetchedPage<T>(Uri Url, ResourcePage<T> Page);
}
