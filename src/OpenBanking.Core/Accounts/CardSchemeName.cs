using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Accounts;

/// <summary>The card scheme of a card transaction.</summary>
[JsonConverter(typeof(CodeConverter<CardSchemeName>))]
public enum CardSchemeName
{
#pragma warning disable CS1591 // the spec's code names
    AmericanExpress,
    Diners,
    Discover,
    MasterCard,
    VISA,
#pragma warning restore CS1591
}
