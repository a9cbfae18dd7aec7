using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Accounts;

/// <summary>The type of a credit line (OBReadBalance1 <c>CreditLine[].Type</c>).</summary>
[JsonConverter(typeof(CodeConverter<CreditLineType>))]
public enum CreditLineType
{
#pragma warning disable CS1591 // the spec's code names
    Available,
    Credit,
    Emergency,
    [JsonStringEnumMemberName("Pre-Agreed")]
    PreAgreed,
    Temporary,
#pragma warning restore CS1591
}
