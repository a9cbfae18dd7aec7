namespace OpenBanking.Core.Accounts;

/// <summary>The envelope of every Read/Write API read response: Data, Links, Meta.</summary>
internal sealed record ReadDocument<TData>(TData Data, ObLinks? Links = null, ObMeta? Meta = null);
