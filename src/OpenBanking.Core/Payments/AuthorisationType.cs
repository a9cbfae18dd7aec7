using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Payments;

/// <summary>How many of the PSU's authorisers must approve a consent (OBWriteDomesticConsent4 <c>Data.Authorisation.AuthorisationType</c>).</summary>
[JsonConverter(typeof(CodeConverter<AuthorisationType>))]
public enum AuthorisationType
{
    /// <summary>Any one authoriser, or as many as the account needs.</summary>
    Any,

    /// <summary>A single authoriser.</summary>
#pragma warning disable CA1720 // the spec's code
    Single,
#pragma warning restore CA1720
}
