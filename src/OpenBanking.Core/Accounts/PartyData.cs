namespace OpenBanking.Core.Accounts;

/// <summary>OBReadParty2 <c>Data</c>: at most one party.</summary>
internal sealed record PartyData(Party? Party = null);
