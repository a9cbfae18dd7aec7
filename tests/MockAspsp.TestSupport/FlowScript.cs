using LanguageExt;
using MockAspsp.Tests.Support;
using OpenBanking.Core.Accounts;
using OpenBanking.Core.Consents;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Flows;
using OpenBanking.Core.Http;
using OpenBanking.Core.Protocol;

namespace MockAspsp.Tests.EndToEnd;

/// <summary>The whole account-information flow, as a TPP runs it with the library, with the headless approval in the middle.</summary>
public static class FlowScript
{
    /// <summary>The consent every flow asks for: accounts, balances, two months of transactions.</summary>
    public static AccountAccessConsentRequest Consent(DateTimeOffset now) => new(
        [ObPermission.ReadAccountsDetail, ObPermission.ReadBalances, ObPermission.ReadTransactionsDetail, ObPermission.ReadTransactionsCredits, ObPermission.ReadTransactionsDebits],
        ExpirationDateTime: now.AddDays(90),
        TransactionFromDateTime: new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero),
        TransactionToDateTime: new DateTimeOffset(2026, 10, 31, 23, 59, 59, TimeSpan.Zero));

    /// <summary>What a flow read.</summary>
    public sealed record Outcome(AccountAccessGrant Grant, ResourcePage<Account> Accounts, ResourcePage<Balance> Balances, IReadOnlyList<Transaction> Transactions);

    /// <summary>
    /// token → consent → consent URL → headless approval by <paramref name="psu"/> → code exchange with id_token checks →
    /// accounts → balances → every page of transactions → consent deleted.
    /// </summary>
    public static EitherAsync<OpenBankingError, Outcome> Run(AccountInformationClient client, IRequestInterpreter http, string psu, DateTimeOffset now) =>
        from pending in client.BeginAccountAccess(Consent(now))
        from approval in http.Send(Headless.Approval(pending.ConsentUrl.Url, psu))
        from grant in client.CompleteAccountAccess(pending, Headless.RedirectUrl(approval))
        from accounts in client.Accounts(grant.AccessToken)
        from balances in client.Balances(grant.AccessToken)
        from transactions in client.AllTransactions(grant.AccessToken)
        from deleted in client.DeleteConsent(pending.ClientToken.AccessToken, pending.ConsentId)
        select new Outcome(grant, accounts, balances, transactions);
}
