using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Consents;

/// <summary>The status of an account access consent (OBReadConsentResponse1 <c>Data.Status</c>).</summary>
[JsonConverter(typeof(CodeConverter<ConsentStatus>))]
public enum ConsentStatus
{
    /// <summary>Created; the PSU has not yet approved or declined it.</summary>
    AwaitingAuthorisation,

    /// <summary>The PSU approved it: resources can be read.</summary>
    Authorised,

    /// <summary>The PSU declined it, or the bank refused it.</summary>
    Rejected,

    /// <summary>The PSU revoked it at the bank, or the TPP deleted it.</summary>
    Revoked,
}
