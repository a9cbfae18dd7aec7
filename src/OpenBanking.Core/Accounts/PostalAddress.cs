using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Accounts;

/// <summary>A postal address (OBPostalAddress6).</summary>
#pragma warning disable CS1573 // the spec's field names document themselves
public sealed record PostalAddress(
    AddressType? AddressType = null,
    string? Department = null,
    string? SubDepartment = null,
    string? StreetName = null,
    string? BuildingNumber = null,
    string? PostCode = null,
    string? TownName = null,
    string? CountrySubDivision = null,
    string? Country = null,
    EquatableList<string>? AddressLine = null) : IJsonOnDeserialized
#pragma warning restore CS1573
{
    /// <inheritdoc />
    void IJsonOnDeserialized.OnDeserialized() => NullItems.Refuse(AddressLine, "AddressLine");
}
