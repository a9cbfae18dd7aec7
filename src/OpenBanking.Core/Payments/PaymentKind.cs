using OpenBanking.Core.Api;
using OpenBanking.Core.Consents;

namespace OpenBanking.Core.Payments;

/// <summary>
/// One payment type of the Payment Initiation API as the payment flow needs it: its consent read, its funds confirmation
/// (where the spec has one), the submission made from an authorised consent (its Initiation and Risk taken from the
/// consent), the payment read, its payment-details, and where a payment stands. <see cref="PaymentKinds"/> has all seven;
/// the flow in <see cref="Flows.PaymentClient"/> is written once over them.
/// </summary>
/// <typeparam name="TConsent">The type's consent.</typeparam>
/// <typeparam name="TPayment">The type's payment resource.</typeparam>
/// <param name="Name">The type's name, e.g. <c>domestic payment</c>.</param>
/// <param name="GetConsent">GET the consent by id.</param>
/// <param name="FundsConfirmation">GET the consent's funds confirmation; null for types the spec gives none.</param>
/// <param name="Submit">The submission for an authorised consent.</param>
/// <param name="GetPayment">GET the payment by id.</param>
/// <param name="GetDetails">GET the payment's payment-details.</param>
/// <param name="Progress">Where a payment stands.</param>
public sealed record PaymentKind<TConsent, TPayment>(
    string Name,
    Func<string, ApiCall<TConsent>> GetConsent,
    Func<string, ApiCall<FundsConfirmation>>? FundsConfirmation,
    Func<TConsent, ApiCall<TPayment>> Submit,
    Func<string, ApiCall<TPayment>> GetPayment,
    Func<string, ApiCall<PaymentDetails>> GetDetails,
    Func<TPayment, PaymentProgress> Progress)
    where TConsent : IConsent
{
    /// <inheritdoc />
    public override string ToString() => $"PaymentKind({Name})";
}
