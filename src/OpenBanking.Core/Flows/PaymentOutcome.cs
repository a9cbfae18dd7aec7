using LanguageExt;
using OpenBanking.Core.Payments;

namespace OpenBanking.Core.Flows;

/// <summary>What a payment flow ended with (<see cref="PaymentClient.CompleteAndPay{TConsent, TPayment}"/>).</summary>
/// <typeparam name="TPayment">The payment resource of its type.</typeparam>
/// <param name="Grant">The PSU's authorisation of the consent (its tokens are the consent's).</param>
/// <param name="Funds">The bank's funds confirmation before the submission; none for types without one.</param>
/// <param name="Submitted">The payment as the bank answered the submission.</param>
/// <param name="Latest">The payment as last read while following it.</param>
/// <param name="Progress">Where it stands: <see cref="PaymentProgress.IsFinal"/> is false when the deadline came first.</param>
/// <param name="Details">Its payment-details (status history) when the flow ended.</param>
/// <param name="IdempotencyKey">The key the submission carried.</param>
public sealed record PaymentOutcome<TPayment>(
    AuthorisationGrant Grant,
    Option<FundsConfirmation> Funds,
    TPayment Submitted,
    TPayment Latest,
    PaymentProgress Progress,
    PaymentDetails Details,
    string IdempotencyKey);
