using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Accounts;

/// <summary>Whether a standing order is active (OBExternalStandingOrderStatus1Code).</summary>
[JsonConverter(typeof(CodeConverter<StandingOrderStatus>))]
public enum StandingOrderStatus
{
#pragma warning disable CS1591 // the spec's code names
    Active,
    Inactive,
#pragma warning restore CS1591
}
