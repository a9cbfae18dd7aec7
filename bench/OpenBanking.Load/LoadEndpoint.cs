namespace OpenBanking.Load;

/// <summary>What a scenario requests: a bank endpoint, or its trivial twin on the same stack.</summary>
public enum LoadEndpoint
{
    /// <summary>GET /open-banking/v3.1/aisp/accounts with the access token of an authorised consent.</summary>
    Accounts,

    /// <summary>
    /// GET /load/trivial/accounts: the bytes GET accounts answered, written back with no checks — the same Kestrel, TLS,
    /// HTTP and middleware as the bank's endpoints and the same response: the limit of the stack for GET accounts.
    /// </summary>
    AccountsTrivial,

    /// <summary>GET /open-banking/v3.1/aisp/transactions (the first page) with the same token.</summary>
    Transactions,

    /// <summary>GET /load/trivial/transactions: the bytes of that first page, with no checks.</summary>
    TransactionsTrivial,
}
