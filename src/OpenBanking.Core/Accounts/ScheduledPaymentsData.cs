using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Accounts;

/// <summary>OBReadScheduledPayment3 <c>Data</c>.</summary>
internal sealed record ScheduledPaymentsData(EquatableList<ScheduledPayment>? ScheduledPayment = null) : IJsonOnDeserialized
{
    public void OnDeserialized() => NullItems.Refuse(ScheduledPayment, "ScheduledPayment");
}
