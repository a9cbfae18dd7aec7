namespace MockAspsp.Domain;

/// <summary>Account access consent statuses (v3.1.11).</summary>
public enum ConsentStatus
{
    /// <summary>Created, waiting for the PSU.</summary>
    AwaitingAuthorisation,

    /// <summary>Approved by the PSU.</summary>
    Authorised,

    /// <summary>Declined by the PSU.</summary>
    Rejected,

    /// <summary>
    /// Deleted by its TPP (DELETE /account-access-consents/{ConsentId}). Not a status the API shows: the consent is soft
    /// deleted (Read/Write Data API Profile v3.1.11, "Changes to an Intent's Authorized State": the ASPSP "must delete the
    /// resource (possibly as a 'soft' delete) and respond to subsequent GET requests with an Http Status of 400"), kept
    /// only so that its id is never reused and no authorisation can start with it. The spec's Revoked is for a consent
    /// revoked through the bank's own interface and "not applicable for the resource created after Ver 3.1.4".
    /// </summary>
    Deleted,
}
