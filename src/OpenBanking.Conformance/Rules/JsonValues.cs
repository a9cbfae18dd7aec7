using System.Text.Json;
using System.Text.Json.Nodes;
using OpenBanking.Core.Jose;

namespace OpenBanking.Conformance.Rules;

/// <summary>Safe reads of recorded JSON for rules: a value of another kind than expected is null, never an exception.</summary>
public static class JsonValues
{
    /// <summary>The string value of <paramref name="node"/>, or null when it is missing or not a string.</summary>
    public static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    /// <summary>The number value of <paramref name="node"/>, or null when it is missing or not a number.</summary>
    public static double? Number(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<double>(out var number) ? number : null;

    /// <summary>The member <paramref name="name"/> of <paramref name="node"/> when it is an object; otherwise null.</summary>
    public static JsonNode? Member(JsonNode? node, string name) =>
        node is JsonObject o && o.TryGetPropertyValue(name, out var member) ? member : null;

    /// <summary>A compact JWS decoded without verifying it (a recorded one may have lost its signature), or null when it is not one.</summary>
    public static DecodedJws? Jwt(string? token) =>
        token is null ? null : CompactJws.Decode(token, "recorded JWT").Case as DecodedJws;
}
