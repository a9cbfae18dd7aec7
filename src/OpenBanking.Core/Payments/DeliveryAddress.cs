using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Payments;

/// <summary>Where goods bought with the payment are delivered (OBRisk1 <c>DeliveryAddress</c>).</summary>
/// <param name="TownName">The town, at most 35 characters.</param>
/// <param name="Country">The ISO 3166-1 alpha-2 country code, e.g. <c>GB</c>.</param>
/// <param name="AddressLine">At most two lines of at most 70 characters.</param>
/// <param name="StreetName">The street, at most 70 characters.</param>
/// <param name="BuildingNumber">The building number, at most 16 characters.</param>
/// <param name="PostCode">The post code, at most 16 characters.</param>
/// <param name="CountrySubDivision">The county or state, at most 35 characters.</param>
public sealed record DeliveryAddress(
    string TownName,
    string Country,
    EquatableList<string>? AddressLine = null,
    string? StreetName = null,
    string? BuildingNumber = null,
    string? PostCode = null,
    string? CountrySubDivision = null) : IJsonOnDeserialized
{
    /// <inheritdoc />
    void IJsonOnDeserialized.OnDeserialized() => NullItems.Refuse(AddressLine, "AddressLine");
}
