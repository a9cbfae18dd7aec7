using LanguageExt;
using OpenBanking.Core.Flows;
using OpenBanking.Core.Payments;

namespace OpenBanking.Cli.Support;

/// <summary>
/// A domestic payment one call at a time, each a timed step (<see cref="Steps"/>), for the embedded mock bank and a real
/// bank alike: the library's flow (<see cref="PaymentClient.BeginPayment{TConsent}"/>, then
/// <see cref="PaymentClient.CompleteAndPay{TConsent, TPayment}"/>) taken apart so that each call has its line and its
/// time, and the submission's <c>x-idempotency-key</c> — fixed when it is prepared — is shown before it is sent. Between
/// the two halves the PSU approves the consent, headless or in a browser.
/// </summary>
public sealed class PaymentSteps(PaymentClient client, Steps steps, CancellationToken cancellation)
{
    private static readonly PaymentKind<DomesticPaymentConsent, DomesticPayment> Kind = PaymentKinds.Domestic;

    /// <summary>Client credentials token for <c>payments</c> → the consent (signed, idempotent) → the consent URL; null when a step failed.</summary>
    public async Task<PendingAuthorisation<DomesticPaymentConsent>?> Begin(DomesticPaymentConsentRequest request)
    {
        var scope = PaymentInitiation.Family.Scope;
        var token = await steps.Run($"Client credentials token (scope {scope})", () => client.ClientCredentialsToken(scope, cancellation));
        var consent = await steps.Run("Domestic payment consent created", () =>
            client.Send(token!.AccessToken, PaymentInitiation.CreateDomesticPaymentConsent(request), cancellationToken: cancellation));
        var url = await steps.Run("Consent URL with a signed request object", () => client.ConsentUrl(consent!.ConsentId, scope: scope).ToAsync());
        return url is null ? null : new PendingAuthorisation<DomesticPaymentConsent>(token!, consent!, url);
    }

    /// <summary>
    /// The PSU's redirect (or a bare code) → code exchanged, id_token checked → funds confirmed → the payment submitted
    /// → followed every <paramref name="pollInterval"/> until its status is final (or <see cref="PaymentClient.DefaultSettleWithin"/>
    /// has passed) → its payment-details; null when a step failed.
    /// </summary>
    public async Task<PaymentReport?> Complete(PendingAuthorisation<DomesticPaymentConsent> pending, string redirectOrCode, TimeSpan pollInterval)
    {
        ArgumentNullException.ThrowIfNull(pending);
        ArgumentNullException.ThrowIfNull(redirectOrCode);
        var grant = await steps.Run("Code exchanged, id_token checked", () => redirectOrCode.Contains("://", StringComparison.Ordinal)
            ? client.CompleteAuthorisation(pending, redirectOrCode, cancellation)
            : client.CompleteAuthorisationWithCode(pending, redirectOrCode, cancellation));
        var funds = await steps.Run("Funds confirmed", () => client.ConfirmFunds(Kind, pending.ConsentId, grant!.AccessToken, cancellation).Map(f => new Confirmed(f)));
        if (grant is null || funds is null)
        {
            return null;
        }

        // Prepared once, before it is sent: the key (and the bytes and signature) every retry repeats.
        var prepared = client.Prepare(grant.AccessToken, Kind.Submit(pending.Consent));
        var key = prepared.Match(Right: p => p.IdempotencyKey, Left: _ => "");
        var submitted = await steps.Run(key.Length > 0 ? $"Payment submitted (x-idempotency-key {key})" : "Payment submitted", () =>
            prepared.ToAsync().Bind(p => client.Submit(p, cancellation)));
        // Payment reads take the client credentials token (payment-initiation-openapi.json v3.1.11: GET /domestic-payments/{id}
        // and its payment-details are TPPOAuth2Security); the PSU's token is for funds confirmation and the submission.
        var clientToken = pending.ClientToken.AccessToken;
        var followed = await steps.Run("Payment followed until its status is final", () =>
            client.FollowPayment(Kind, clientToken, submitted!.DomesticPaymentId, PaymentClient.DefaultSettleWithin, pollInterval, cancellation)
                .Map(f => new Followed(f.Payment, f.Progress)));
        var details = await steps.Run("Payment-details read", () =>
            client.Send(clientToken, Kind.GetDetails(followed!.Progress.PaymentId), cancellationToken: cancellation));
        return details is null
            ? null
            : new PaymentReport(pending.ConsentId, submitted!, followed!.Payment, followed.Progress, details, key,
                (funds.Result.Case as FundsConfirmation)?.FundsAvailableResult);
    }

    private sealed record Confirmed(Option<FundsConfirmation> Result);

    private sealed record Followed(DomesticPayment Payment, PaymentProgress Progress);
}
