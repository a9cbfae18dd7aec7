using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Accounts;

/// <summary>An address of a party (OBParty2 <c>Address[]</c>): like a postal address, but the country is required.</summary>
/// <param name="Country">The ISO 3166-1 alpha-2 country code.</param>
/// <param name="AddressType">The kind of address.</param>
/// <param name="AddressLine">Unstructured lines.</param>
/// <param name="StreetName">The street.</param>
/// <param name="BuildingNumber">The building number.</param>
/// <param name="PostCode">The post code.</param>
/// <param name="TownName">The town.</param>
/// <param name="CountrySubDivision">The county or region.</param>
public sealed record PartyAddress(
    string Country,
    AddressType? AddressType = null,
    EquatableList<string>? AddressLine = null,
    string? StreetName = null,
    string? BuildingNumber = null,
    string? PostCode = null,
    string? TownName = null,
    string? CountrySubDivision = null) : IJsonOnDeserialized
{
    /// <inheritdoc />
    void IJsonOnDeserialized.OnDeserialized() => NullItems.Refuse(AddressLine, "AddressLine");
}
