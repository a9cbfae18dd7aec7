using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Payments;

/// <summary>
/// The answer to GET …/{PaymentId}/payment-details (OBWritePaymentDetailsResponse1 <c>Data</c>): the status of each
/// transaction the payment made; null when the bank lists none.
/// </summary>
/// <param name="Transactions">The statuses (wire name <c>PaymentStatus</c>).</param>
public sealed record PaymentDetails([property: JsonPropertyName("PaymentStatus")] EquatableList<PaymentTransactionStatus>? Transactions = null) : IJsonOnDeserialized
{
    /// <inheritdoc />
    void IJsonOnDeserialized.OnDeserialized() => NullItems.Refuse(Transactions, "PaymentStatus");
}
