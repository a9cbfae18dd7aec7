using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Accounts;

/// <summary>The type of a balance (OBBalanceType1Code).</summary>
[JsonConverter(typeof(CodeConverter<BalanceType>))]
public enum BalanceType
{
#pragma warning disable CS1591 // the spec's code names
    ClosingAvailable,
    ClosingBooked,
    ClosingCleared,
    Expected,
    ForwardAvailable,
    Information,
    InterimAvailable,
    InterimBooked,
    InterimCleared,
    OpeningAvailable,
    OpeningBooked,
    OpeningCleared,
    PreviouslyClosedBooked,
#pragma warning restore CS1591
}
