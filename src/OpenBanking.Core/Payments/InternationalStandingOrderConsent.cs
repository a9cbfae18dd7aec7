using System.Text.Json.Serialization;
using OpenBanking.Core.Consents;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Payments;

/// <summary>
/// A consent for an international standing order as the bank reports it (OBWriteInternationalStandingOrderConsentResponse7 <c>Data</c> with the document's <c>Risk</c> as <see cref="Risk"/>). Its
/// <see cref="ConsentId"/> is what the PSU authorises; once <see cref="PaymentConsentStatus.Authorised"/>, submit
/// <see cref="InternationalStandingOrderRequest.For(InternationalStandingOrderConsent)"/>.
/// </summary>
/// <param name="ConsentId">The consent's id: the request object's <c>openbanking_intent_id</c>, 1 to 128 characters.</param>
/// <param name="Status">Its status.</param>
/// <param name="CreationDateTime">When it was created.</param>
/// <param name="StatusUpdateDateTime">When its status last changed.</param>
/// <param name="Initiation">What the PSU is asked to agree to, as the TPP sent it.</param>
/// <param name="ReadRefundAccount">Whether the bank is to give the refund account.</param>
/// <param name="CutOffDateTime">The bank's cut-off: the payment must be submitted before it.</param>
/// <param name="Charges">The charges the bank will apply.</param>
/// <param name="Authorisation">How the PSU's authorisers must approve it.</param>
/// <param name="ScaSupportData">What the TPP told the bank about strong customer authentication (wire name <c>SCASupportData</c>).</param>
/// <param name="Debtor">The account the PSU chose at the bank, when the bank tells.</param>
public sealed record InternationalStandingOrderConsent(
    string ConsentId,
    PaymentConsentStatus Status,
    DateTimeOffset CreationDateTime,
    DateTimeOffset StatusUpdateDateTime,
    InternationalStandingOrderInitiation Initiation,
    ReadRefundAccount? ReadRefundAccount = null,
    DateTimeOffset? CutOffDateTime = null,
    EquatableList<PaymentCharge>? Charges = null,
    PaymentAuthorisation? Authorisation = null,
    [property: JsonPropertyName("SCASupportData")] ScaSupportData? ScaSupportData = null,
    PaymentDebtor? Debtor = null) : IConsent, IJsonOnDeserialized
{
    /// <summary>The document's <c>Risk</c> (OBRisk1), written beside <c>Data</c>: an empty one unless given.</summary>
    [JsonIgnore]
    public PaymentRisk Risk { get; init; } = PaymentRisk.None;

    /// <summary><c>Data.Permission</c>: always <c>Create</c>, the spec's only value (written, not read).</summary>
#pragma warning disable CA1822 // an instance property, so that the serializer writes it
    public string Permission => PaymentPermission.Create;
#pragma warning restore CA1822

    /// <inheritdoc />
    void IJsonOnDeserialized.OnDeserialized() => NullItems.Refuse(Charges, "Charges");
}
