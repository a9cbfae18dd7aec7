using LanguageExt;
using OpenBanking.Core.Accounts;
using OpenBanking.Core.Authorization;
using OpenBanking.Core.Configuration;
using OpenBanking.Core.Consents;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Flows;
using OpenBanking.Core.Http;
using OpenBanking.Core.Protocol;
using OpenBanking.Core.Api;

namespace MockAspsp.TestSupport;

/// <summary>The whole account-information flow, as a TPP runs it with the library, with the headless approval in the middle.</summary>
public static class FlowScript
{
    /// <summary>How the flow completes account access from the redirect the PSU's approval ends with.</summary>
    public delegate EitherAsync<OpenBankingError, AuthorisationGrant> Completion(AccountInformationClient client, PendingAuthorisation<AccountAccessConsent> pending, string redirectUrl);

    /// <summary>The hybrid flow's completion: state, the redirect's id_token (signature, c_hash, s_hash, ...), the code exchange and the token response's id_token.</summary>
    public static Completion Hybrid { get; } = (client, pending, redirectUrl) => client.CompleteAccountAccess(pending, redirectUrl);

    /// <summary>
    /// The code is read from the redirect (its state checked) and completed bare: the token response's id_token is verified
    /// (signature, nonce, intent id, times, acr), the redirect's is not. For recordings, whose codes are placeholders the
    /// redirect id_token's c_hash cannot match.
    /// </summary>
    public static Completion BareCode { get; } = (client, pending, redirectUrl) =>
        from callback in AuthorizationCallback.Parse(redirectUrl, pending.ConsentUrl.State, client.Config.Issuer,
            AuthorizationCallback.DefaultMode(client.Config.ResponseType.ToWireName())).ToAsync()
        from grant in client.CompleteAccountAccessWithCode(pending, callback.Code)
        select grant;

    /// <summary>The consent every flow asks for: accounts, balances, two months of transactions.</summary>
    public static AccountAccessConsentRequest Consent(DateTimeOffset now) => new(
        [ObPermission.ReadAccountsDetail, ObPermission.ReadBalances, ObPermission.ReadTransactionsDetail, ObPermission.ReadTransactionsCredits, ObPermission.ReadTransactionsDebits],
        ExpirationDateTime: now.AddDays(90),
        TransactionFromDateTime: new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero),
        TransactionToDateTime: new DateTimeOffset(2026, 10, 31, 23, 59, 59, TimeSpan.Zero));

    /// <summary>What a flow read.</summary>
    public sealed record Outcome(AuthorisationGrant Grant, ResourcePage<Account> Accounts, ResourcePage<Balance> Balances, IReadOnlyList<Transaction> Transactions);

    /// <summary>
    /// token → consent → consent URL → headless approval by <paramref name="psu"/> → completion (<see cref="Hybrid"/> unless
    /// <paramref name="complete"/> says otherwise) → accounts → balances → every page of transactions → consent deleted.
    /// </summary>
    public static EitherAsync<OpenBankingError, Outcome> Run(
        AccountInformationClient client, IRequestInterpreter http, string psu, DateTimeOffset now, Completion? complete = null) =>
        from authorised in Authorise(client, http, psu, now, complete)
        let pending = authorised.Pending
        let grant = authorised.Grant
        from accounts in client.Send(grant.AccessToken, AccountInformation.Accounts())
        from balances in client.Send(grant.AccessToken, AccountInformation.Balances())
        from transactions in client.ReadAll(grant.AccessToken, AccountInformation.Transactions())
        from deleted in client.DeleteConsent(pending.ClientToken.AccessToken, pending.ConsentId)
        select new Outcome(grant, accounts, balances, transactions);

    /// <summary>
    /// token → consent → consent URL → headless approval by <paramref name="psu"/> → completion: the consent authorised and
    /// the tokens to read with, as a TPP holds them before its first read.
    /// </summary>
    public static EitherAsync<OpenBankingError, (PendingAuthorisation<AccountAccessConsent> Pending, AuthorisationGrant Grant)> Authorise(
        AccountInformationClient client, IRequestInterpreter http, string psu, DateTimeOffset now, Completion? complete = null,
        CancellationToken cancellationToken = default) =>
        from pending in client.BeginAccountAccess(Consent(now), cancellationToken)
        from approval in http.Send(Headless.Approval(pending.ConsentUrl.Url, psu), cancellationToken)
        from grant in (complete ?? Hybrid)(client, pending, Headless.RedirectUrl(approval))
        select (pending, grant);
}
