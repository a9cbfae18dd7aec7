using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Accounts;

/// <summary>The kind of offer (OBReadOffer1 <c>OfferType</c>).</summary>
[JsonConverter(typeof(CodeConverter<OfferType>))]
public enum OfferType
{
#pragma warning disable CS1591 // the spec's code names
    BalanceTransfer,
    LimitIncrease,
    MoneyTransfer,
    Other,
    PromotionalRate,
#pragma warning restore CS1591
}
