namespace OpenBanking.Core.Accounts;

/// <summary>One page of resources and the links to the others.</summary>
/// <typeparam name="T">The resource type.</typeparam>
/// <param name="Items">The resources on this page.</param>
/// <param name="Links">The paging links, if the bank sent them.</param>
/// <param name="Meta">The response metadata, if the bank sent it.</param>
public sealed record ResourcePage<T>(IReadOnlyList<T> Items, ObLinks? Links, ObMeta? Meta)
{
    /// <summary>The next page's link, or null on the last page.</summary>
    public string? Next => Links?.Next;

    /// <inheritdoc />
    public bool Equals(ResourcePage<T>? other) =>
        other is not null && Items.SequenceEqual(other.Items) && Links == other.Links && Meta == other.Meta;

    /// <inheritdoc />
    public override int GetHashCode() => Items.Count;
}
