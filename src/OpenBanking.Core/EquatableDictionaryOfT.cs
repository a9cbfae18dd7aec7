using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core;

/// <summary>
/// An immutable dictionary that is equal to another when it has the same keys with equal values, whatever the order
/// they were added in. A record holding a map as <see cref="EquatableDictionary{TKey, TValue}"/> gets its equality from
/// the compiler. Build one from a <see cref="Dictionary{TKey, TValue}"/> (copied, keeping its key comparer) or with
/// <see cref="EquatableDictionary.ToEquatableDictionary{TKey, TValue}(IEnumerable{KeyValuePair{TKey, TValue}}, IEqualityComparer{TKey})"/>.
/// With string keys it is written to and read from JSON as a plain object.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
[JsonConverter(typeof(EquatableDictionaryJsonConverterFactory))]
public sealed class EquatableDictionary<TKey, TValue> : IReadOnlyDictionary<TKey, TValue>, IEquatable<EquatableDictionary<TKey, TValue>>
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> _items;

    // Takes the dictionary as it is: only for dictionaries nobody else holds (see EquatableDictionary).
    internal EquatableDictionary(Dictionary<TKey, TValue> items) => _items = items;

    /// <inheritdoc />
    public int Count => _items.Count;

    /// <inheritdoc />
    public IEnumerable<TKey> Keys => _items.Keys;

    /// <inheritdoc />
    public IEnumerable<TValue> Values => _items.Values;

    /// <inheritdoc />
    public TValue this[TKey key] => _items[key];

    /// <summary>A dictionary of a copy of <paramref name="items"/>, with its key comparer; null for null.</summary>
    [return: NotNullIfNotNull(nameof(items))]
    public static implicit operator EquatableDictionary<TKey, TValue>?(Dictionary<TKey, TValue>? items) =>
        items is null ? null : new(new Dictionary<TKey, TValue>(items, items.Comparer));

    /// <summary>True when both are null, or have the same keys with equal values.</summary>
    public static bool operator ==(EquatableDictionary<TKey, TValue>? left, EquatableDictionary<TKey, TValue>? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>True unless both are null or have the same keys with equal values.</summary>
    public static bool operator !=(EquatableDictionary<TKey, TValue>? left, EquatableDictionary<TKey, TValue>? right) => !(left == right);

    /// <inheritdoc />
    public bool ContainsKey(TKey key) => _items.ContainsKey(key);

    /// <inheritdoc />
    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value) => _items.TryGetValue(key, out value);

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => _items.GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    /// <summary>
    /// True when <paramref name="other"/> has the same number of entries and, for each key of this one, a value equal
    /// by <see cref="EqualityComparer{T}.Default"/> (keys are looked up with this dictionary's comparer).
    /// </summary>
    public bool Equals(EquatableDictionary<TKey, TValue>? other) =>
        other is not null
        && (ReferenceEquals(_items, other._items)
            || (_items.Count == other._items.Count
                && _items.All(item => other._items.TryGetValue(item.Key, out var value) && EqualityComparer<TValue>.Default.Equals(item.Value, value))));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as EquatableDictionary<TKey, TValue>);

    /// <summary>A hash of every entry, in no order (so dictionaries built in different orders hash alike).</summary>
    public override int GetHashCode()
    {
        var hash = _items.Count;
        foreach (var (key, value) in _items)
        {
            hash ^= HashCode.Combine(_items.Comparer.GetHashCode(key), value);
        }

        return hash;
    }

    /// <summary>The number of entries, never the entries: a record that prints its members must not print secrets.</summary>
    public override string ToString() => $"[{_items.Count} entr{(_items.Count == 1 ? "y" : "ies")}]";
}
