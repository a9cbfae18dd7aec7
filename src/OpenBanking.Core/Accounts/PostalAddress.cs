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
    IReadOnlyList<string>? AddressLine = null)
#pragma warning restore CS1573
{
    /// <inheritdoc />
    public bool Equals(PostalAddress? other) =>
        other is not null && AddressType == other.AddressType && Department == other.Department && SubDepartment == other.SubDepartment
        && StreetName == other.StreetName && BuildingNumber == other.BuildingNumber && PostCode == other.PostCode
        && TownName == other.TownName && CountrySubDivision == other.CountrySubDivision && Country == other.Country
        && (AddressLine ?? []).SequenceEqual(other.AddressLine ?? []);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(PostCode, TownName);
}
