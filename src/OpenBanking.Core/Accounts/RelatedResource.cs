namespace OpenBanking.Core.Accounts;

/// <summary>A link to a related resource (OBPartyRelationships1 <c>Account</c>).</summary>
/// <param name="Related">The resource's URL.</param>
/// <param name="Id">The resource's id.</param>
public sealed record RelatedResource(string Related, string Id);
