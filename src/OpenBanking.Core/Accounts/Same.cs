using System.Text.Json;

namespace OpenBanking.Core.Accounts;

/// <summary>Value equality for the parts of a resource a record compares by reference: optional lists and raw JSON.</summary>
internal static class Same
{
    /// <summary>Both absent or empty, or the same items in the same order.</summary>
    public static bool Items<T>(IReadOnlyList<T>? a, IReadOnlyList<T>? b) => (a ?? []).SequenceEqual(b ?? []);

    /// <summary>Both absent, or the same JSON text as received.</summary>
    public static bool Json(JsonElement? a, JsonElement? b) => a?.GetRawText() == b?.GetRawText();
}
