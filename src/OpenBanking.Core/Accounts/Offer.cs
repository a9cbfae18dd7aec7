using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Accounts;

/// <summary>An offer the bank makes on an account: a limit increase, a balance transfer, a promotional rate (OBReadOffer1 <c>Data.Offer[]</c>).</summary>
/// <param name="AccountId">The account it is for.</param>
/// <param name="OfferId">The bank's id for it.</param>
/// <param name="OfferType">The kind of offer.</param>
/// <param name="Description">What it is.</param>
/// <param name="StartDateTime">When it starts.</param>
/// <param name="EndDateTime">When it ends.</param>
/// <param name="Rate">The rate offered, a percentage (a string on the wire).</param>
/// <param name="Value">A value such as points.</param>
/// <param name="Term">Its terms.</param>
/// <param name="Url">Where to read more (wire name <c>URL</c>).</param>
/// <param name="Amount">The amount offered.</param>
/// <param name="Fee">The fee for taking it.</param>
public sealed record Offer(
    string AccountId,
    string? OfferId = null,
    OfferType? OfferType = null,
    string? Description = null,
    DateTimeOffset? StartDateTime = null,
    DateTimeOffset? EndDateTime = null,
    [property: JsonConverter(typeof(RateConverter))] decimal? Rate = null,
    int? Value = null,
    string? Term = null,
    [property: JsonPropertyName("URL")] string? Url = null,
    ObAmount? Amount = null,
    ObAmount? Fee = null);
