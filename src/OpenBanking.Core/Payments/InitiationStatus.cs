using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Payments;

/// <summary>The status of a payment order that is set up rather than paid at once: a scheduled payment, a standing order or a file of payments (<c>Data.Status</c> of OBWriteDomesticScheduledResponse5, OBWriteDomesticStandingOrderResponse6, their international forms and OBWriteFileResponse3; a file is never Cancelled).</summary>
[JsonConverter(typeof(CodeConverter<InitiationStatus>))]
public enum InitiationStatus
{
    /// <summary>Cancelled before it was initiated.</summary>
    Cancelled,

    /// <summary>Set up at the bank.</summary>
    InitiationCompleted,

    /// <summary>The bank could not set it up.</summary>
    InitiationFailed,

    /// <summary>Being set up.</summary>
    InitiationPending,
}
