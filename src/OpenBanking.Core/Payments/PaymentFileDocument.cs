using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Payments;

/// <summary>
/// A <c>UK.OBIE.PaymentInitiation.3.1</c> payment file: <c>{"Data": {"DomesticPayments": [ … ]}}</c>, each payment a
/// domestic payment's Initiation (File Payments v3.1, usage examples).
/// </summary>
internal sealed record PaymentFileDocument(PaymentFileData Data);

/// <summary>The <c>Data</c> of a <c>UK.OBIE.PaymentInitiation.3.1</c> payment file.</summary>
internal sealed record PaymentFileData(EquatableList<DomesticPaymentInitiation> DomesticPayments) : IJsonOnDeserialized
{
    public void OnDeserialized() => NullItems.Refuse(DomesticPayments, "DomesticPayments");
}
