using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Accounts;

/// <summary>The status of a transaction (OBEntryStatus1Code).</summary>
[JsonConverter(typeof(CodeConverter<EntryStatus>))]
public enum EntryStatus
{
#pragma warning disable CS1591 // the spec's code names
    Booked,
    Pending,
    Rejected,
#pragma warning restore CS1591
}
