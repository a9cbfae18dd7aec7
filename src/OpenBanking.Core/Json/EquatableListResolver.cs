using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace OpenBanking.Core.Json;

/// <summary>
/// Metadata for <see cref="EquatableList{T}"/> as the serializer's own immutable-collection kind, placed before a
/// source-generated context: items are read by the serializer's converters, so an error's path names the item
/// (<c>$.Data.Transaction[3].Amount</c>) as it did for the lists this type replaced, and no item is copied twice.
/// </summary>
internal sealed class EquatableListResolver : IJsonTypeInfoResolver
{
    private static readonly MethodInfo CreateOf =
        typeof(EquatableListResolver).GetMethod(nameof(Create), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static EquatableListResolver Instance { get; } = new();

    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options) =>
        type is { IsGenericType: true } && type.GetGenericTypeDefinition() == typeof(EquatableList<>)
            ? (JsonTypeInfo)CreateOf.MakeGenericMethod(type.GetGenericArguments()[0]).Invoke(null, [options])!
            : null;

    private static JsonTypeInfo<EquatableList<T>> Create<T>(JsonSerializerOptions options) =>
        JsonMetadataServices.CreateImmutableEnumerableInfo<EquatableList<T>, T>(
            options,
            new JsonCollectionInfoValues<EquatableList<T>>(),
            // The serializer hands over the List<T> it filled and keeps no reference to it.
            items => items is List<T> list ? EquatableList.Create<T>(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list)) : items.ToEquatableList());
}
