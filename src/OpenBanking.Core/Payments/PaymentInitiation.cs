using OpenBanking.Core.Api;

namespace OpenBanking.Core.Payments;

/// <summary>
/// The Payment Initiation API v3.1.11 as a table: the family, and every operation as an <see cref="ApiCall{T}"/> with its
/// model. Builders check their request first (<see cref="PaymentValidation"/>): a request the bank must refuse is a
/// <see cref="Errors.ValidationError"/> listing every problem, not a request.
/// </summary>
public static class PaymentInitiation
{
    /// <summary>The family: base path <c>/open-banking/v3.1/pisp</c> (<c>pisp_base_path</c>), scope <c>payments</c>.</summary>
    public static ApiFamily Family { get; } = new("Payment Initiation API", "pisp", "payments", "/domestic-payment-consents");
}
