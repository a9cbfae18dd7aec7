namespace OpenBanking.Core.Api;

/// <summary>One page of resources and the links to the others.</summary>
/// <typeparam name="T">The resource type.</typeparam>
/// <param name="Items">The resources on this page.</param>
/// <param name="Links">The paging links, if the bank sent them.</param>
/// <param name="Meta">The response metadata, if the bank sent it.</param>
public sealed record ResourcePage<T>(EquatableList<T> Items, ObLinks? Links, ObMeta? Meta)
{
    /// <summary>The next page's link, or null on the last page.</summary>
    public string? Next => Links?.Next;
}
