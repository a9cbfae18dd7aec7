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

    /// <summary>Deleted by the TPP.</summary>
    Revoked,
}
