namespace OpenBanking.Core.Api;

/// <summary>The envelope of every Read/Write API read response: Data, Links, Meta.</summary>
internal sealed record ReadDocument<TData>(TData Data, ObLinks? Links = null, ObMeta? Meta = null) : IReadDocument
{
    // The serializer cannot see that a generic TData is non-nullable, so {"Data": null} gets here.
    public bool HasData => Data is not null;
}
