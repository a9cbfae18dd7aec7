using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Accounts;

/// <summary>How a party holds an account: alone, jointly, or as a delegate (OBExternalPartyType1Code).</summary>
[JsonConverter(typeof(CodeConverter<PartyType>))]
public enum PartyType
{
#pragma warning disable CS1591 // the spec's code names
    Delegate,
    Joint,
    Sole,
#pragma warning restore CS1591
}
