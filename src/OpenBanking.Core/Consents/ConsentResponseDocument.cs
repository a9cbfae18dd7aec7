using System.Text.Json;
using OpenBanking.Core.Accounts;
using OpenBanking.Core.Api;

namespace OpenBanking.Core.Consents;

/// <summary>
/// The wire shape of OBReadConsentResponse1: <c>Data</c> and <c>Risk</c> required (v3.1.11 account-info-openapi),
/// <c>Risk</c> an object (OBRisk2). Risk is read as it came so that a missing or non-object one is named at <c>$.Risk</c>.
/// </summary>
internal sealed record ConsentResponseDocument(ConsentResponseData Data, JsonElement? Risk = null, ObLinks? Links = null, ObMeta? Meta = null)
    : IReadDocument
{
    public bool HasData => Data is not null;
}
