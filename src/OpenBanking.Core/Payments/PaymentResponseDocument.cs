using System.Text.Json.Serialization;
using OpenBanking.Core.Api;

namespace OpenBanking.Core.Payments;

/// <summary>
/// The wire shape of a payment response body: <c>Data</c>, the consent answers' required <c>Risk</c>, <c>Links</c> and <c>Meta</c>.
/// </summary>
internal sealed record PaymentResponseDocument<TData>(TData Data, PaymentRisk? Risk = null, ObLinks? Links = null, ObMeta? Meta = null) : IReadDocument
{
    // The serializer cannot see that a generic TData is non-nullable, so {"Data": null} gets here.
    [JsonIgnore]
    public bool HasData => Data is not null;
}
