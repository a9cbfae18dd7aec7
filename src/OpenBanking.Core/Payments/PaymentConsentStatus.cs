using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Payments;

/// <summary>The status of a payment consent (<c>Data.Status</c> of OBWriteDomesticConsentResponse5 and the other consent responses): awaiting the PSU, authorised, used by its payment, or refused.</summary>
[JsonConverter(typeof(CodeConverter<PaymentConsentStatus>))]
public enum PaymentConsentStatus
{
    /// <summary>Created; the PSU has not approved or declined it yet.</summary>
    AwaitingAuthorisation,

    /// <summary>The PSU approved it: its payment can be submitted.</summary>
    Authorised,

    /// <summary>Its payment has been submitted: it cannot be used again.</summary>
    Consumed,

    /// <summary>The PSU declined it, or the bank refused it.</summary>
    Rejected,

    /// <summary>A file payment consent whose file has not been uploaded yet (OBWriteFileConsentResponse4 only).</summary>
    AwaitingUpload,
}
