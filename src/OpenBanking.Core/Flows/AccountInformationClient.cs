using LanguageExt;
using OpenBanking.Core.Accounts;
using OpenBanking.Core.Configuration;
using OpenBanking.Core.Consents;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;

namespace OpenBanking.Core.Flows;

/// <summary>
/// The account-information flow: the shared <see cref="OpenBankingClient"/> with the account access consent's
/// conveniences. Read any resource with <see cref="OpenBankingClient.Send{T}"/>, <see cref="OpenBankingClient.Pages{T}"/> or
/// <see cref="OpenBankingClient.ReadAll{T}"/> and a call from <see cref="AccountInformation"/>, e.g.
/// <c>client.Send(token, AccountInformation.Balances(accountId))</c>.
/// </summary>
public sealed class AccountInformationClient : OpenBankingClient
{
    /// <summary>Creates a client for one bank.</summary>
    /// <param name="config">The validated configuration.</param>
    /// <param name="http">The interpreter: <see cref="Io.HttpClientInterpreter"/> for real banks.</param>
    /// <param name="time">The clock; <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="ids">Where jti, interaction ids, state and nonce come from; <see cref="IdSource.Random"/> when null.</param>
    public AccountInformationClient(ValidatedApiConfig config, IRequestInterpreter http, TimeProvider? time = null, IdSource? ids = null)
        : base(config, http, time, ids)
    {
    }

    /// <summary>Step 2: create an account access consent (the configured permissions unless <paramref name="consent"/> says otherwise).</summary>
    public EitherAsync<OpenBankingError, AccountAccessConsent> CreateConsent(
        string clientToken, AccountAccessConsentRequest? consent = null, CancellationToken cancellationToken = default) =>
        Send(clientToken, AccountInformation.CreateConsent(consent ?? DefaultConsent), cancellationToken: cancellationToken);

    /// <summary>Read a consent (e.g. to see whether it is still Authorised).</summary>
    public EitherAsync<OpenBankingError, AccountAccessConsent> GetConsent(string clientToken, string consentId, CancellationToken cancellationToken = default) =>
        Send(clientToken, AccountInformation.GetConsent(consentId), cancellationToken: cancellationToken);

    /// <summary>Delete a consent: the TPP ends the access.</summary>
    public EitherAsync<OpenBankingError, Unit> DeleteConsent(string clientToken, string consentId, CancellationToken cancellationToken = default) =>
        Send(clientToken, AccountInformation.DeleteConsent(consentId), cancellationToken: cancellationToken);

    /// <summary>
    /// Reads the consent (GET, with the client credentials token) and returns it when it can be used now; otherwise a
    /// <see cref="ConsentNotUsableError"/> saying why: awaiting authorisation, rejected, revoked (v4.0 cancelled), expired
    /// (v4.0 EXPD, or Authorised past its ExpirationDateTime), or deleted (the bank answers 400/404 Resource.NotFound).
    /// </summary>
    public EitherAsync<OpenBankingError, AccountAccessConsent> CheckConsent(string clientToken, string consentId, CancellationToken cancellationToken = default) =>
        GetConsent(clientToken, consentId, cancellationToken)
            .MapLeft(error => ConsentLifecycle.ExplainRead(error, consentId))
            .Bind(consent => ConsentLifecycle.Assess(consent, Now).ToAsync());

    /// <summary>
    /// Steps 1–3 as one pipeline: token → consent → consent URL (<see cref="OpenBankingClient.BeginAuthorisation{TConsent}"/>
    /// with the account access consent), with scope <c>accounts</c> when the configured scopes include it (a client also
    /// registered for <c>payments</c> asks for accounts only here).
    /// </summary>
    public EitherAsync<OpenBankingError, PendingAuthorisation<AccountAccessConsent>> BeginAccountAccess(
        AccountAccessConsentRequest? consent = null, CancellationToken cancellationToken = default) =>
        BeginAuthorisation(AccountInformation.CreateConsent(consent ?? DefaultConsent), AccountScope, cancellationToken);

    /// <summary>Steps 4–5 as one pipeline (<see cref="OpenBankingClient.CompleteAuthorisation{TConsent}"/>).</summary>
    public EitherAsync<OpenBankingError, AuthorisationGrant> CompleteAccountAccess(
        PendingAuthorisation<AccountAccessConsent> pending, string redirectUrl, CancellationToken cancellationToken = default) =>
        CompleteAuthorisation(pending, redirectUrl, cancellationToken);

    /// <summary>Completes account access from a bare authorisation code (<see cref="OpenBankingClient.CompleteAuthorisationWithCode{TConsent}"/>).</summary>
    public EitherAsync<OpenBankingError, AuthorisationGrant> CompleteAccountAccessWithCode(
        PendingAuthorisation<AccountAccessConsent> pending, string code, CancellationToken cancellationToken = default) =>
        CompleteAuthorisationWithCode(pending, code, cancellationToken);

    private AccountAccessConsentRequest DefaultConsent => new(Config.Permissions.ToEquatableList());

    // An account access consent is authorised for the accounts scope alone, whatever else the client is registered for
    // (a bank checks the request object's scope against the consent's type); a configured scope without accounts is kept
    // as it is, for a bank that names the scope otherwise.
    private string? AccountScope =>
        Config.Scopes.Contains(AccountInformation.Family.Scope) ? AccountInformation.Family.Scope : null;
}
