using System.Text.Json;
using System.Text.Json.Nodes;
using OpenBanking.Conformance.Fixtures;
using OpenBanking.Core.Json;

namespace OpenBanking.Conformance.Traffic;

/// <summary>
/// Reads typed values out of a JSON tree, failing with the path of the first node that is not as expected. The readers
/// of recordings catch <see cref="Invalid"/> where they start reading, so it never escapes them.
/// </summary>
/// <param name="source">The file (or other name) being read, for the error.</param>
internal class JsonPathReader(string source)
{
    /// <summary>
    /// Parses <paramref name="json"/> with <see cref="WireFormats.ParseJson"/>; the error (at <c>$</c>) when it is not
    /// JSON or an object in it repeats a member, else null.
    /// </summary>
    public static TrafficError? Parse(string json, string source, out JsonNode? document, string notJson = "not JSON")
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            document = WireFormats.ParseJson(json);
            return null;
        }
        catch (JsonException e)
        {
            document = null;
            return Repeated(json) is { } repeated
                ? new TrafficError(source, repeated.Path, $"repeats the member '{repeated.Name}'; say each member of an object once")
                : new TrafficError(source, "$", $"{notJson}: {e.Message}");
        }
    }

    /// <summary>Where JSON that <see cref="WireFormats.ParseJson"/> refused repeats a member (the first, in document order); null when it is not JSON at all.</summary>
    private static (string Path, string Name)? Repeated(string json)
    {
        try
        {
            using var document = JsonElements.Parse(json);
            return Repeated(document.RootElement, "$");
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static (string Path, string Name)? Repeated(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            return element.EnumerateArray().Select((item, i) => Repeated(item, $"{path}[{i}]")).FirstOrDefault(r => r is not null);
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in element.EnumerateObject())
        {
            if (!seen.Add(member.Name))
            {
                return (path, member.Name);
            }

            if (Repeated(member.Value, $"{path}.{member.Name}") is { } inner)
            {
                return inner;
            }
        }

        return null;
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

    /// <summary>An ISO 8601 date-time with a time zone (<see cref="WireFormats.IsoDateTime"/>), in UTC.</summary>
    public DateTimeOffset Time(JsonNode? node, string path)
    {
        var text = String(node, path);
        return WireFormats.IsoDateTime(text)?.ToUniversalTime()
            ?? throw Fail(path, $"'{text}' is not an ISO 8601 date-time with a time zone between 1970 and 9000, e.g. 2026-11-23T12:00:00Z");
    }

    public Uri Url(JsonNode? node, string path)
    {
        var text = String(node, path);
        return Uri.TryCreate(text, UriKind.Absolute, out var url) && IsHttp(url)
            ? url
            : throw Fail(path, $"'{Secrets.Url(text)}' is not an absolute http(s) URL");
    }

    public static bool IsHttp(Uri url) => url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp;

    public Invalid Fail(string path, string message) => new(new TrafficError(source, path, message));

    /// <summary>Unwinds the reader on the first problem; caught where reading starts, never escapes.</summary>
    public sealed class Invalid(TrafficError error) : Exception(error.ToString())
    {
        public TrafficError Error { get; } = error;
    }
}
