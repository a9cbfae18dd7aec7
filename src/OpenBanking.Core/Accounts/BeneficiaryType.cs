using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Accounts;

/// <summary>Whether the PSU has marked a beneficiary as trusted or it is an ordinary one (OBBeneficiaryType1Code).</summary>
[JsonConverter(typeof(CodeConverter<BeneficiaryType>))]
public enum BeneficiaryType
{
#pragma warning disable CS1591 // the spec's code names
    Trusted,
    Ordinary,
#pragma warning restore CS1591
}
