using LanguageExt;
using OpenBanking.Core.Api;
using OpenBanking.Core.Configuration;
using OpenBanking.Core.Consents;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;
using OpenBanking.Core.OAuth;
using OpenBanking.Core.Payments;

namespace OpenBanking.Core.Flows;

/// <summary>
/// The payment flow on the shared consent-authorisation flow, for every payment type (<see cref="PaymentKinds"/>): begin
/// (client credentials token with scope <c>payments</c> → consent → consent URL), then complete (callback → id_token →
/// code) → funds confirmation → the submission made from the consent (its Initiation and Risk), prepared once and resent
/// byte for byte on retries → the payment followed until its status is final or a deadline passes → its payment-details.
/// Each step uses the token the Payment Initiation API asks for: the PSU's (the consent's authorisation code grant) for the
/// funds confirmation and the submission, the TPP's client credentials token for the consent and every payment read.
/// Every answer from the bank is believed only with its <c>x-jws-signature</c> verified (<c>response_signature</c>).
/// Send any single operation with <see cref="OpenBankingClient.Send{T}"/> and a call from <see cref="PaymentInitiation"/>.
/// </summary>
public sealed class PaymentClient : OpenBankingClient
{
    /// <summary>How often a payment is read while it is followed, unless told otherwise.</summary>
    public static readonly TimeSpan DefaultPollInterval = TimeSpan.FromSeconds(1);

    /// <summary>How long a payment is followed, unless told otherwise.</summary>
    public static readonly TimeSpan DefaultSettleWithin = TimeSpan.FromSeconds(30);

    /// <summary>Creates a client for one bank.</summary>
    /// <param name="config">The validated configuration (with <c>org_id</c>, <c>software_statement_id</c> and a signing key).</param>
    /// <param name="http">The interpreter: <see cref="Io.HttpClientInterpreter"/> for real banks.</param>
    /// <param name="time">The clock; <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="ids">Where jti, interaction ids, idempotency keys, state and nonce come from; <see cref="IdSource.Random"/> when null.</param>
    public PaymentClient(ValidatedApiConfig config, IRequestInterpreter http, TimeProvider? time = null, IdSource? ids = null)
        : base(config, http, time, ids)
    {
    }

    /// <summary>
    /// Steps 1–3: a client credentials token for <c>payments</c> → <paramref name="createConsent"/> (e.g.
    /// <see cref="PaymentInitiation.CreateDomesticPaymentConsent"/>, signed and idempotent) → the consent URL with scope
    /// <c>openid payments</c>. Send the PSU to <see cref="PendingAuthorisation{TConsent}.ConsentUrl"/>.
    /// </summary>
    public EitherAsync<OpenBankingError, PendingAuthorisation<TConsent>> BeginPayment<TConsent>(
        ApiCall<TConsent> createConsent, CancellationToken cancellationToken = default)
        where TConsent : IConsent =>
        BeginAuthorisation(createConsent, PaymentInitiation.Family.Scope, cancellationToken);

    /// <summary>
    /// Steps 4–8 as one pipeline: the PSU's redirect checked and the code exchanged
    /// (<see cref="OpenBankingClient.CompleteAuthorisation{TConsent}"/>) → funds confirmed where the type has it (a
    /// <see cref="ValidationError"/> on <c>funds-confirmation</c> when the bank says they are not available, and nothing
    /// is submitted) → the submission from the consent → the payment followed until final or <paramref name="settleWithin"/>
    /// has passed → its payment-details.
    /// </summary>
    public EitherAsync<OpenBankingError, PaymentOutcome<TPayment>> CompleteAndPay<TConsent, TPayment>(
        PaymentKind<TConsent, TPayment> kind, PendingAuthorisation<TConsent> pending, string redirectUrl,
        TimeSpan? settleWithin = null, CancellationToken cancellationToken = default)
        where TConsent : IConsent
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(pending);
        return
            from grant in CompleteAuthorisation(pending, redirectUrl, cancellationToken)
            from outcome in Pay(kind, pending.Consent, grant, pending.ClientToken, settleWithin, cancellationToken)
            select outcome;
    }

    /// <summary>
    /// Steps 6–8 for an authorised consent: funds confirmation (where the type has it) and the submission with the PSU's
    /// token from <paramref name="grant"/> → the payment followed and its payment-details read with the client credentials
    /// token <paramref name="clientToken"/> (a fresh one is asked for when it has expired).
    /// </summary>
    public EitherAsync<OpenBankingError, PaymentOutcome<TPayment>> Pay<TConsent, TPayment>(
        PaymentKind<TConsent, TPayment> kind, TConsent consent, AuthorisationGrant grant, TokenResponse? clientToken = null,
        TimeSpan? settleWithin = null, CancellationToken cancellationToken = default)
        where TConsent : IConsent
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(consent);
        ArgumentNullException.ThrowIfNull(grant);
        return
            from funds in ConfirmFunds(kind, consent.ConsentId, grant.AccessToken, cancellationToken)
            from prepared in Prepare(grant.AccessToken, kind.Submit(consent)).ToAsync()
            from submitted in Submit(prepared, cancellationToken)
            from reader in Usable(clientToken, cancellationToken)
            from followed in Follow(kind, reader.AccessToken, kind.Progress(submitted), submitted, settleWithin ?? DefaultSettleWithin, DefaultPollInterval, cancellationToken)
            from details in Send(reader.AccessToken, kind.GetDetails(followed.Progress.PaymentId), cancellationToken: cancellationToken)
            select new PaymentOutcome<TPayment>(grant, funds, submitted, followed.Payment, followed.Progress, details, prepared.IdempotencyKey);
    }

    /// <summary><paramref name="token"/> while it has a minute left, otherwise a new client credentials token for <c>payments</c>.</summary>
    private EitherAsync<OpenBankingError, TokenResponse> Usable(TokenResponse? token, CancellationToken cancellationToken) =>
        token is not null && !token.IsExpired(Now, TimeSpan.FromMinutes(1))
            ? Prelude.RightAsync<OpenBankingError, TokenResponse>(token)
            : ClientCredentialsToken(PaymentInitiation.Family.Scope, cancellationToken);

    /// <summary>
    /// The consent's funds confirmation with the PSU's <paramref name="accessToken"/>: Some when the funds are available,
    /// None for a type the spec gives none, a <see cref="ValidationError"/> on <c>funds-confirmation</c> when they are not.
    /// </summary>
    public EitherAsync<OpenBankingError, Option<FundsConfirmation>> ConfirmFunds<TConsent, TPayment>(
        PaymentKind<TConsent, TPayment> kind, string consentId, string accessToken, CancellationToken cancellationToken = default)
        where TConsent : IConsent
    {
        ArgumentNullException.ThrowIfNull(kind);
        if (kind.FundsConfirmation is not { } confirmation)
        {
            return Prelude.RightAsync<OpenBankingError, Option<FundsConfirmation>>(Option<FundsConfirmation>.None);
        }

        return Send(accessToken, confirmation(consentId), cancellationToken: cancellationToken).Bind(funds =>
            funds.FundsAvailableResult is { FundsAvailable: true }
                ? Prelude.RightAsync<OpenBankingError, Option<FundsConfirmation>>(Option<FundsConfirmation>.Some(funds))
                : Prelude.LeftAsync<OpenBankingError, Option<FundsConfirmation>>(new ValidationError("funds-confirmation",
                    funds.FundsAvailableResult is null
                        ? $"the bank gave no funds result for consent {consentId}; nothing was submitted"
                        : $"the bank says funds are not available for consent {consentId}; nothing was submitted")));
    }

    /// <summary>
    /// Reads the payment <paramref name="paymentId"/> with the client credentials token <paramref name="clientToken"/> every
    /// <paramref name="pollInterval"/> until its status is final or <paramref name="settleWithin"/> has passed; the last
    /// reading either way (see <see cref="PaymentProgress.IsFinal"/>).
    /// </summary>
    public EitherAsync<OpenBankingError, (TPayment Payment, PaymentProgress Progress)> FollowPayment<TConsent, TPayment>(
        PaymentKind<TConsent, TPayment> kind, string clientToken, string paymentId, TimeSpan? settleWithin = null,
        TimeSpan? pollInterval = null, CancellationToken cancellationToken = default)
        where TConsent : IConsent
    {
        ArgumentNullException.ThrowIfNull(kind);
        return Send(clientToken, kind.GetPayment(paymentId), cancellationToken: cancellationToken).Bind(payment =>
            Follow(kind, clientToken, kind.Progress(payment), payment, settleWithin ?? DefaultSettleWithin, pollInterval ?? DefaultPollInterval, cancellationToken));
    }

    private EitherAsync<OpenBankingError, (TPayment Payment, PaymentProgress Progress)> Follow<TConsent, TPayment>(
        PaymentKind<TConsent, TPayment> kind, string accessToken, PaymentProgress progress, TPayment payment,
        TimeSpan settleWithin, TimeSpan pollInterval, CancellationToken cancellationToken)
        where TConsent : IConsent =>
        FollowUntil(kind, accessToken, progress, payment, Now + settleWithin, pollInterval, cancellationToken).ToAsync();

    private async Task<Either<OpenBankingError, (TPayment Payment, PaymentProgress Progress)>> FollowUntil<TConsent, TPayment>(
        PaymentKind<TConsent, TPayment> kind, string accessToken, PaymentProgress progress, TPayment payment,
        DateTimeOffset deadline, TimeSpan pollInterval, CancellationToken cancellationToken)
        where TConsent : IConsent
    {
        while (!progress.IsFinal && Now + pollInterval <= deadline)
        {
            await Task.Delay(pollInterval, Time, cancellationToken).ConfigureAwait(false);
            var read = await Send(accessToken, kind.GetPayment(progress.PaymentId), cancellationToken: cancellationToken).ToEither().ConfigureAwait(false);
            if (read.Case is OpenBankingError error)
            {
                return error;
            }

            payment = (TPayment)read.Case!;
            progress = kind.Progress(payment);
        }

        return (payment, progress);
    }
}
