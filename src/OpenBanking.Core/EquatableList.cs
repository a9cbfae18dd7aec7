namespace OpenBanking.Core;

/// <summary>Builds <see cref="EquatableList{T}"/>s.</summary>
public static class EquatableList
{
    /// <summary>A list of a copy of <paramref name="items"/> (what collection expressions call).</summary>
    public static EquatableList<T> Create<T>(ReadOnlySpan<T> items) =>
        items.IsEmpty ? EquatableList<T>.Empty : new EquatableList<T>(items.ToArray());

    /// <summary>
    /// <paramref name="items"/> as an equatable list: the same list when it is one already, otherwise a copy of the items.
    /// </summary>
    public static EquatableList<T> ToEquatableList<T>(this IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items switch
        {
            EquatableList<T> list => list,
            T[] array => Create<T>(array),
            List<T> list => Create<T>(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list)),
            _ => Own(items.ToArray()),
        };
    }

    /// <summary>Wraps <paramref name="items"/> without copying; the caller must never change the array afterwards.</summary>
    internal static EquatableList<T> Own<T>(T[] items) => items.Length == 0 ? EquatableList<T>.Empty : new EquatableList<T>(items);
}
