using System.Text.Json.Serialization;

namespace OpenBanking.Core.Payments;

/// <summary>
/// The submission of an international standing order under an authorised consent (OBWriteInternationalStandingOrder4: its <c>Data</c> with the document's <c>Risk</c> as <see cref="Risk"/>). The
/// Initiation and Risk must be the consent's (<see cref="For"/> takes them from it).
/// </summary>
/// <param name="ConsentId">The authorised consent, 1 to 128 characters.</param>
/// <param name="Initiation">The consent's Initiation, unchanged.</param>
public sealed record InternationalStandingOrderRequest(
    string ConsentId,
    InternationalStandingOrderInitiation Initiation)
{
    /// <summary>The document's <c>Risk</c> (OBRisk1), written beside <c>Data</c>: an empty one unless given.</summary>
    [JsonIgnore]
    public PaymentRisk Risk { get; init; } = PaymentRisk.None;

    /// <summary>The submission of <paramref name="consent"/>: its id, its Initiation and its Risk, unchanged as the spec requires.</summary>
    public static InternationalStandingOrderRequest For(InternationalStandingOrderConsent consent)
    {
        ArgumentNullException.ThrowIfNull(consent);
        return new(consent.ConsentId, consent.Initiation) { Risk = consent.Risk };
    }
}
