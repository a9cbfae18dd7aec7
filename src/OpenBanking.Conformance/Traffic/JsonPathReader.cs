using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenBanking.Conformance.Traffic;

/// <summary>
/// Reads typed values out of a JSON tree, failing with the path of the first node that is not as expected. The readers
/// of recordings catch <see cref="Invalid"/> where they start reading, so it never escapes them.
/// </summary>
/// <param name="source">The file (or other name) being read, for the error.</param>
internal class JsonPathReader(string source)
{
    /// <summary>Parses <paramref name="json"/>; the error (at <c>$</c>) when it is not JSON, else null.</summary>
    public static TrafficError? Parse(string json, string source, out JsonNode? document, string notJson = "not JSON")
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            document = JsonNode.Parse(json);
            return null;
        }
        catch (JsonException e)
        {
            document = null;
            return new TrafficError(source, "$", $"{notJson}: {e.Message}");
        }
    }

    public JsonObject Object(JsonNode? node, string path) =>
        node as JsonObject ?? throw Fail(path, node is null ? "is missing" : "must be an object");

    public JsonArray Array(JsonNode? node, string path) =>
        node as JsonArray ?? throw Fail(path, node is null ? "is missing" : "must be an array");

    public string String(JsonNode? node, string path) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : throw Fail(path, node is null ? "is missing" : "must be a string");

    public int Integer(JsonNode? node, string path) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<int>(out var number) ? number : throw Fail(path, node is null ? "is missing" : "must be an integer");

    public double Number(JsonNode? node, string path) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<double>(out var number) ? number : throw Fail(path, node is null ? "is missing" : "must be a number");

    public Uri Url(JsonNode? node, string path)
    {
        var text = String(node, path);
        return Uri.TryCreate(text, UriKind.Absolute, out var url) && IsHttp(url)
            ? url
            : throw Fail(path, $"'{text}' is not an absolute http(s) URL");
    }

    public static bool IsHttp(Uri url) => url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp;

    public Invalid Fail(string path, string message) => new(new TrafficError(source, path, message));

    /// <summary>Unwinds the reader on the first problem; caught where reading starts, never escapes.</summary>
    public sealed class Invalid(TrafficError error) : Exception(error.ToString())
    {
        public TrafficError Error { get; } = error;
    }
}
