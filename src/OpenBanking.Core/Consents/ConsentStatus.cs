using System.Text.Json.Serialization;

namespace OpenBanking.Core.Consents;

/// <summary>
/// The status of an account access consent (OBReadConsentResponse1 <c>Data.Status</c>), whichever version the bank speaks.
/// </summary>
/// <remarks>
/// v3.1.11 sends the names (<c>AwaitingAuthorisation</c>, <c>Authorised</c>, <c>Rejected</c>, <c>Revoked</c>); v4.0 sends
/// ISO 20022 style codes (<c>AWAU</c>, <c>AUTH</c>, <c>RJCT</c>, <c>CANC</c>, <c>EXPD</c>). Both read onto these values
/// (<see cref="ConsentStatusConverter"/>); v4.0's <c>CANC</c> (cancelled by the PSU at the bank or by the TPP) is v3's
/// <see cref="Revoked"/>. Writing always gives the v3.1.11 name (and <c>Expired</c>, which only v4.0 has).
/// </remarks>
[JsonConverter(typeof(ConsentStatusConverter))]
public enum ConsentStatus
{
    /// <summary>Created; the PSU has not yet approved or declined it (v4.0 <c>AWAU</c>).</summary>
    AwaitingAuthorisation,

    /// <summary>The PSU approved it: resources can be read (v4.0 <c>AUTH</c>).</summary>
    Authorised,

    /// <summary>The PSU declined it, or the bank refused it (v4.0 <c>RJCT</c>).</summary>
    Rejected,

    /// <summary>The PSU revoked it at the bank, or the TPP deleted it (v4.0 <c>CANC</c>, cancelled).</summary>
    Revoked,

    /// <summary>Its ExpirationDateTime has passed (v4.0 <c>EXPD</c>; a v3.1.11 bank keeps saying Authorised, see <see cref="ConsentLifecycle.Assess"/>).</summary>
    Expired,
}
