using System.Text.Json.Serialization;
using OpenBanking.Core.Consents;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Payments;

/// <summary>
/// A consent for a file of payments as the bank reports it (OBWriteFileConsentResponse4 <c>Data</c>). Its
/// <see cref="ConsentId"/> is what the PSU authorises; once <see cref="PaymentConsentStatus.Authorised"/>, submit
/// <see cref="FilePaymentRequest.For(FilePaymentConsent)"/>.
/// </summary>
/// <param name="ConsentId">The consent's id: the request object's <c>openbanking_intent_id</c>, 1 to 128 characters.</param>
/// <param name="Status">Its status.</param>
/// <param name="CreationDateTime">When it was created.</param>
/// <param name="StatusUpdateDateTime">When its status last changed.</param>
/// <param name="Initiation">What the PSU is asked to agree to, as the TPP sent it.</param>
/// <param name="CutOffDateTime">The bank's cut-off: the payment must be submitted before it.</param>
/// <param name="Charges">The charges the bank will apply.</param>
/// <param name="Authorisation">How the PSU's authorisers must approve it.</param>
/// <param name="ScaSupportData">What the TPP told the bank about strong customer authentication (wire name <c>SCASupportData</c>).</param>
/// <param name="Debtor">The account the PSU chose at the bank, when the bank tells.</param>
public sealed record FilePaymentConsent(
    string ConsentId,
    PaymentConsentStatus Status,
    DateTimeOffset CreationDateTime,
    DateTimeOffset StatusUpdateDateTime,
    FilePaymentInitiation Initiation,
    DateTimeOffset? CutOffDateTime = null,
    EquatableList<PaymentCharge>? Charges = null,
    PaymentAuthorisation? Authorisation = null,
    [property: JsonPropertyName("SCASupportData")] ScaSupportData? ScaSupportData = null,
    PaymentDebtor? Debtor = null) : IConsent, IJsonOnDeserialized
{
    /// <inheritdoc />
    void IJsonOnDeserialized.OnDeserialized() => NullItems.Refuse(Charges, "Charges");
}
