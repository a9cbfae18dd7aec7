using System.Text.Json;

namespace OpenBanking.Core.Json;

/// <summary>
/// The serializer enforces non-nullable properties but not non-nullable array items. The spec has no
/// nullable items, so a <c>[null]</c> is a parse error (thrown during deserialisation, so it gets the
/// object's JSON path) rather than a crash later on.
/// </summary>
internal static class NullItems
{
    public static void Refuse<T>(IReadOnlyList<T>? items, string name)
        where T : class
    {
        if (items is null)
        {
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is null)
            {
                throw new JsonException($"{name}[{i}] is null");
            }
        }
    }
}
