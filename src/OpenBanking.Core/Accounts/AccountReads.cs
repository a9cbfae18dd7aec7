namespace OpenBanking.Core.Accounts;

/// <summary>
/// Every paged read of the Account and Transaction API v3.1.11 as a <see cref="ResourceRead{T}"/>. A null account id
/// reads the bulk resource (every account in the consent), an account id that account's.
/// </summary>
public static class AccountReads
{
    /// <summary>GET /accounts.</summary>
    public static ResourceRead<Account> Accounts() => new(AccountRequests.Accounts, AccountRequests.ParseAccounts);

    /// <summary>GET /balances or /accounts/{AccountId}/balances.</summary>
    public static ResourceRead<Balance> Balances(string? accountId = null) =>
        new(accountId is null ? AccountRequests.Balances : (c, t, i, p) => AccountRequests.AccountBalances(c, t, accountId, i, p), AccountRequests.ParseBalances);

    /// <summary>GET /transactions or /accounts/{AccountId}/transactions, filtered by booking date-time.</summary>
    public static ResourceRead<Transaction> Transactions(TransactionQuery? query = null) =>
        new((c, t, i, p) => AccountRequests.Transactions(c, t, query ?? TransactionQuery.All, i, p), AccountRequests.ParseTransactions);

    /// <summary>GET /beneficiaries or /accounts/{AccountId}/beneficiaries.</summary>
    public static ResourceRead<Beneficiary> Beneficiaries(string? accountId = null) =>
        new(accountId is null ? AccountRequests.Beneficiaries : (c, t, i, p) => AccountRequests.AccountBeneficiaries(c, t, accountId, i, p), AccountRequests.ParseBeneficiaries);

    /// <summary>GET /direct-debits or /accounts/{AccountId}/direct-debits.</summary>
    public static ResourceRead<DirectDebit> DirectDebits(string? accountId = null) =>
        new(accountId is null ? AccountRequests.DirectDebits : (c, t, i, p) => AccountRequests.AccountDirectDebits(c, t, accountId, i, p), AccountRequests.ParseDirectDebits);

    /// <summary>GET /standing-orders or /accounts/{AccountId}/standing-orders.</summary>
    public static ResourceRead<StandingOrder> StandingOrders(string? accountId = null) =>
        new(accountId is null ? AccountRequests.StandingOrders : (c, t, i, p) => AccountRequests.AccountStandingOrders(c, t, accountId, i, p), AccountRequests.ParseStandingOrders);

    /// <summary>GET /scheduled-payments or /accounts/{AccountId}/scheduled-payments.</summary>
    public static ResourceRead<ScheduledPayment> ScheduledPayments(string? accountId = null) =>
        new(accountId is null ? AccountRequests.ScheduledPayments : (c, t, i, p) => AccountRequests.AccountScheduledPayments(c, t, accountId, i, p), AccountRequests.ParseScheduledPayments);

    /// <summary>GET /offers or /accounts/{AccountId}/offers.</summary>
    public static ResourceRead<Offer> Offers(string? accountId = null) =>
        new(accountId is null ? AccountRequests.Offers : (c, t, i, p) => AccountRequests.AccountOffers(c, t, accountId, i, p), AccountRequests.ParseOffers);

    /// <summary>GET /products or /accounts/{AccountId}/product.</summary>
    public static ResourceRead<Product> Products(string? accountId = null) =>
        new(accountId is null ? AccountRequests.Products : (c, t, i, p) => AccountRequests.AccountProduct(c, t, accountId, i, p), AccountRequests.ParseProducts);

    /// <summary>GET /party (the PSU) or /accounts/{AccountId}/party (the account holder): a page of at most one party.</summary>
    public static ResourceRead<Party> Party(string? accountId = null) =>
        new(accountId is null ? AccountRequests.Party : (c, t, i, p) => AccountRequests.AccountParty(c, t, accountId, i, p), AccountRequests.ParseParty);

    /// <summary>GET /accounts/{AccountId}/parties.</summary>
    public static ResourceRead<Party> Parties(string accountId) =>
        new((c, t, i, p) => AccountRequests.AccountParties(c, t, accountId, i, p), AccountRequests.ParseParties);

    /// <summary>GET /statements or /accounts/{AccountId}/statements, filtered by statement date-time.</summary>
    public static ResourceRead<Statement> Statements(StatementQuery? query = null) =>
        new((c, t, i, p) => AccountRequests.Statements(c, t, query ?? StatementQuery.All, i, p), AccountRequests.ParseStatements);

    /// <summary>GET /accounts/{AccountId}/statements/{StatementId}.</summary>
    public static ResourceRead<Statement> Statement(string accountId, string statementId) =>
        new((c, t, i, p) => AccountRequests.Statement(c, t, accountId, statementId, i, p), AccountRequests.ParseStatements);

    /// <summary>GET /accounts/{AccountId}/statements/{StatementId}/transactions.</summary>
    public static ResourceRead<Transaction> StatementTransactions(string accountId, string statementId) =>
        new((c, t, i, p) => AccountRequests.StatementTransactions(c, t, accountId, statementId, i, p), AccountRequests.ParseTransactions);
}
