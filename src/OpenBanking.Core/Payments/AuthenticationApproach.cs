using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Payments;

/// <summary>Whether the TPP itself authenticated the PSU, and how (OBSCASupportData1 <c>AppliedAuthenticationApproach</c>).</summary>
[JsonConverter(typeof(CodeConverter<AuthenticationApproach>))]
public enum AuthenticationApproach
{
    /// <summary>Customer authentication that is not strong.</summary>
    CA,

    /// <summary>Strong customer authentication.</summary>
    SCA,
}
