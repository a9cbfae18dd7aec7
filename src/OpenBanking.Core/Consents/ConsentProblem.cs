namespace OpenBanking.Core.Consents;

/// <summary>Why a consent cannot be used to read resources.</summary>
public enum ConsentProblem
{
    /// <summary>The PSU has not authorised it yet.</summary>
    AwaitingAuthorisation,

    /// <summary>The PSU declined it, or the bank refused it.</summary>
    Rejected,

    /// <summary>The PSU revoked it at the bank (v4.0: cancelled).</summary>
    Revoked,

    /// <summary>Its ExpirationDateTime has passed.</summary>
    Expired,

    /// <summary>The bank no longer knows it: deleted by the TPP (v3.1.11 banks answer a GET of a deleted consent with 400).</summary>
    Deleted,

    /// <summary>The bank refused a request for the consent's status (InvalidConsentStatus) without saying which status.</summary>
    StatusUnknown,
}
