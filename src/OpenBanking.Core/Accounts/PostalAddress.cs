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
    IReadOnlyList<string>? AddressLine = null) : IJsonOnDeserialized
#pragma warning restore CS1573
{
    /// <inheritdoc />
    void IJsonOnDeserialized.OnDeserialized() => NullItems.Refuse(AddressLine, "AddressLine");

    /// <inheritdoc />
    public bool Equals(PostalAddress? other) =>
        other is not null && AddressType == other.AddressType && Department == other.Department && SubDepartment == other.SubDepartment
        && StreetName == other.StreetName && BuildingNumber == other.BuildingNumber && PostCode == other.PostCode
        && TownName == other.TownName && CountrySubDivision == other.CountrySubDivision && Country == other.Country
        && (AddressLine ?? []).SequenceEqual(other.AddressLine ?? []);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(PostCode, TownName);
}
