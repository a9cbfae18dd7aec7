using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core;

/// <summary>
/// An immutable list that is equal to another when their items are equal, in order. A record holding its lists as
/// <see cref="EquatableList{T}"/> gets its equality from the compiler, with no hand-written <c>Equals</c> to forget a
/// field in. Build one with a collection expression (<c>["ReadBalances"]</c>), from an array or a <see cref="List{T}"/>
/// (both copied), or with <see cref="EquatableList.ToEquatableList{T}(IEnumerable{T})"/>. It is written to and read from
/// JSON as a plain array.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
[CollectionBuilder(typeof(EquatableList), nameof(EquatableList.Create))]
[JsonConverter(typeof(EquatableListJsonConverterFactory))]
public sealed class EquatableList<T> : IReadOnlyList<T>, IEquatable<EquatableList<T>>
{
    private readonly T[] _items;

    // Takes the array as it is: only for arrays nobody else holds (see EquatableList.Own).
    internal EquatableList(T[] items) => _items = items;

    // One empty list per item type (collection expressions write the public form: []).
    internal static EquatableList<T> Empty { get; } = new([]);

    /// <inheritdoc />
    public int Count => _items.Length;

    /// <inheritdoc />
    public T this[int index] => _items[index];

    /// <summary>The items as a span, without copying.</summary>
    public ReadOnlySpan<T> AsSpan() => _items;

    /// <summary>The items as read-only memory, without copying.</summary>
    public ReadOnlyMemory<T> AsMemory() => _items;

    /// <summary>A list of a copy of <paramref name="items"/>; null for null.</summary>
    [return: NotNullIfNotNull(nameof(items))]
    public static implicit operator EquatableList<T>?(T[]? items) => items is null ? null : EquatableList.Create<T>(items);

    /// <summary>A list of a copy of <paramref name="items"/>; null for null.</summary>
    [return: NotNullIfNotNull(nameof(items))]
    public static implicit operator EquatableList<T>?(List<T>? items) => items is null ? null : EquatableList.Create<T>(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(items));

    /// <summary>True when both are null, or hold equal items in the same order.</summary>
    public static bool operator ==(EquatableList<T>? left, EquatableList<T>? right) => left is null ? right is null : left.Equals(right);

    /// <summary>True unless both are null or hold equal items in the same order.</summary>
    public static bool operator !=(EquatableList<T>? left, EquatableList<T>? right) => !(left == right);

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    /// <summary>True when <paramref name="other"/> holds equal items (by <see cref="EqualityComparer{T}.Default"/>) in the same order.</summary>
    public bool Equals(EquatableList<T>? other) =>
        other is not null && (ReferenceEquals(_items, other._items) || _items.AsSpan().SequenceEqual(other._items, EqualityComparer<T>.Default));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as EquatableList<T>);

    /// <summary>A hash of every item, in order.</summary>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(_items.Length);
        foreach (var item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>The number of items, never the items: a record that prints its members must not print a list of secrets.</summary>
    public override string ToString() => $"[{_items.Length} item{(_items.Length == 1 ? "" : "s")}]";
}
