using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Accounts;

/// <summary>Whether a scheduled payment's date is the date it should arrive or the date it is executed (OBExternalScheduleType1Code).</summary>
[JsonConverter(typeof(CodeConverter<ScheduleType>))]
public enum ScheduleType
{
#pragma warning disable CS1591 // the spec's code names
    Arrival,
    Execution,
#pragma warning restore CS1591
}
