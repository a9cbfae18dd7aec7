namespace OpenBanking.Core.Accounts;

/// <summary>A party's relationships with other resources (OBPartyRelationships1).</summary>
/// <param name="Account">The account the party is related to.</param>
public sealed record PartyRelationships(RelatedResource? Account = null);
