using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Accounts;

/// <summary>How a card transaction was authorised.</summary>
[JsonConverter(typeof(CodeConverter<CardAuthorisationType>))]
public enum CardAuthorisationType
{
#pragma warning disable CS1591 // the spec's code names
    ConsumerDevice,
    Contactless,
    None,
    PIN,
#pragma warning restore CS1591
}
