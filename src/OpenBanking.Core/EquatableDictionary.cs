namespace OpenBanking.Core;

/// <summary>Builds <see cref="EquatableDictionary{TKey, TValue}"/>s.</summary>
public static class EquatableDictionary
{
    /// <summary>
    /// <paramref name="items"/> as an equatable dictionary: the same dictionary when it is one already (and no comparer
    /// is given), otherwise a copy, keys compared by <paramref name="comparer"/> (the default comparer when null). A key
    /// that repeats throws, as <see cref="Dictionary{TKey, TValue}"/> does.
    /// </summary>
    public static EquatableDictionary<TKey, TValue> ToEquatableDictionary<TKey, TValue>(
        this IEnumerable<KeyValuePair<TKey, TValue>> items, IEqualityComparer<TKey>? comparer = null)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(items);
        return items is EquatableDictionary<TKey, TValue> dictionary && comparer is null
            ? dictionary
            : new EquatableDictionary<TKey, TValue>(new Dictionary<TKey, TValue>(items, comparer));
    }

    /// <summary>Wraps <paramref name="items"/> without copying; the caller must never change the dictionary afterwards.</summary>
    internal static EquatableDictionary<TKey, TValue> Own<TKey, TValue>(Dictionary<TKey, TValue> items)
        where TKey : notnull => new(items);
}
