using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Payments;

/// <summary>How urgently the payer asks for an international payment to be processed (<c>Initiation.InstructionPriority</c>).</summary>
[JsonConverter(typeof(CodeConverter<InstructionPriority>))]
public enum InstructionPriority
{
    /// <summary>Normal priority.</summary>
    Normal,

    /// <summary>Urgent.</summary>
    Urgent,
}
