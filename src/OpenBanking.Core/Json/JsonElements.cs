using System.Text.Json;

namespace OpenBanking.Core.Json;

/// <summary>Lenient reads from a <see cref="JsonElement"/>, for documents read member by member.</summary>
internal static class JsonElements
{
    /// <summary>The member's string value, or null when it is absent or not a string.</summary>
    public static string? StringOrNull(this JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
