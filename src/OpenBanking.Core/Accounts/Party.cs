using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Accounts;

/// <summary>
/// A person or organisation: the PSU (<c>/party</c>), an account holder (<c>/accounts/{id}/party</c>) or anyone with a
/// role on an account (<c>/accounts/{id}/parties</c>) (OBParty2). LegalStructure and AccountRole are OBIE namespaced
/// enumerations (<c>UK.OBIE.Individual</c>, <c>UK.OBIE.Principal</c>, ...), open to a bank's own values, so strings.
/// </summary>
/// <param name="PartyId">The bank's id for the party.</param>
/// <param name="PartyNumber">The bank's customer number for it.</param>
/// <param name="PartyType">Sole, joint or delegate.</param>
/// <param name="Name">Its name.</param>
/// <param name="FullLegalName">Its full legal name.</param>
/// <param name="LegalStructure">A namespaced code such as <c>UK.OBIE.Individual</c>.</param>
/// <param name="BeneficialOwnership">Whether it is a beneficial owner.</param>
/// <param name="AccountRole">A namespaced code such as <c>UK.OBIE.Principal</c>.</param>
/// <param name="EmailAddress">Its email address.</param>
/// <param name="Phone">Its phone number, e.g. <c>+44-2079460000</c>.</param>
/// <param name="Mobile">Its mobile number.</param>
/// <param name="Relationships">Links to other resources, such as its account.</param>
/// <param name="Address">Its addresses.</param>
public sealed record Party(
    string PartyId,
    string? PartyNumber = null,
    PartyType? PartyType = null,
    string? Name = null,
    string? FullLegalName = null,
    string? LegalStructure = null,
    bool? BeneficialOwnership = null,
    string? AccountRole = null,
    string? EmailAddress = null,
    string? Phone = null,
    string? Mobile = null,
    PartyRelationships? Relationships = null,
    EquatableList<PartyAddress>? Address = null) : IJsonOnDeserialized
{
    /// <inheritdoc />
    void IJsonOnDeserialized.OnDeserialized() => NullItems.Refuse(Address, "Address");
}
