namespace MockAspsp.Domain;

/// <summary>Payment order consent statuses (v3.1.11: OBWriteDomesticConsentResponse5 … OBWriteFileConsentResponse4).</summary>
public enum PaymentConsentStatus
{
    /// <summary>A file payment consent whose file has not been uploaded yet.</summary>
    AwaitingUpload,

    /// <summary>Created, waiting for the PSU.</summary>
    AwaitingAuthorisation,

    /// <summary>Approved by the PSU, not yet used.</summary>
    Authorised,

    /// <summary>Declined by the PSU.</summary>
    Rejected,

    /// <summary>Used: its payment order was submitted.</summary>
    Consumed,
}
