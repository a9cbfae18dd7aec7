using System.Text.Json.Nodes;
using LanguageExt;
using OpenBanking.Conformance.Traffic;
using OpenBanking.Core;

namespace OpenBanking.Conformance.Fixtures;

/// <summary>
/// Reads a fixture in the <c>openbanking-fx-fixture/1</c> format (docs/fixtures.md) into <see cref="RecordedTraffic"/>.
/// Hand-edited files are expected: every problem names its JSON path.
/// </summary>
public static class FixtureReader
{
    /// <summary>Reads fixture text.</summary>
    public static Either<TrafficError, RecordedTraffic> Read(string json, string source) =>
        JsonPathReader.Parse(json, source, out var document) is { } notJson ? notJson : Read(document, source);

    /// <summary>Reads a parsed fixture.</summary>
    public static Either<TrafficError, RecordedTraffic> Read(JsonNode? document, string source)
    {
        var reader = new NodeReader(source);
        try
        {
            var root = reader.Object(document, "$");
            var format = reader.String(root["format"], "$.format");
            if (format != FixtureDocument.Format)
            {
                return new TrafficError(source, "$.format", $"is '{format}', expected '{FixtureDocument.Format}'");
            }

            var metadata = root["metadata"] is null
                ? new Dictionary<string, string>()
                : reader.Object(root["metadata"], "$.metadata").ToDictionary(m => m.Key, m => reader.String(m.Value, $"$.metadata.{m.Key}"), StringComparer.Ordinal);
            var exchanges = reader.Array(root["exchanges"], "$.exchanges")
                .Select((node, i) => Exchange(reader, node, $"$.exchanges[{i}]", i + 1))
                .ToList();
            return new RecordedTraffic(source, metadata, exchanges);
        }
        catch (JsonPathReader.Invalid invalid)
        {
            return invalid.Error;
        }
    }

    /// <summary>Reads one request in the fixture format (the <c>request</c> member of an exchange).</summary>
    public static Either<TrafficError, RecordedRequest> ReadRequest(JsonNode? request, string source)
    {
        var reader = new NodeReader(source);
        try
        {
            return Request(reader, request, "$.request");
        }
        catch (NodeReader.Invalid invalid)
        {
            return invalid.Error;
        }
    }

    private static RecordedRequest Request(NodeReader reader, JsonNode? node, string path)
    {
        var request = reader.Object(node, path);
        var method = reader.String(request["method"], $"{path}.method").ToUpperInvariant();
        var url = reader.Url(request["url"], $"{path}.url");
        var headers = reader.Headers(request["headers"], $"{path}.headers");
        var body = reader.Body(request["body"], $"{path}.body", allowForm: true);
        var operation = request["operation"] is null ? null : reader.String(request["operation"], $"{path}.operation");
        return new RecordedRequest(method, url, WithContentType(headers, body), body, operation);
    }

    private static Exchange Exchange(NodeReader reader, JsonNode? node, string path, int number)
    {
        var exchange = reader.Object(node, path);
        var request = Request(reader, exchange["request"], $"{path}.request");

        RecordedResponse? response = null;
        if (exchange["response"] is not null)
        {
            var r = reader.Object(exchange["response"], $"{path}.response");
            var status = reader.Integer(r["status"], $"{path}.response.status");
            response = new RecordedResponse(status, reader.Headers(r["headers"], $"{path}.response.headers"), reader.Body(r["body"], $"{path}.response.body", allowForm: false));
        }

        long? elapsed = exchange["elapsed_ms"] is null ? null : reader.Integer(exchange["elapsed_ms"], $"{path}.elapsed_ms");
        DateTimeOffset? started = exchange["started_at"] is null ? null : reader.Time(exchange["started_at"], $"{path}.started_at");
        return new Exchange(number, request, response, elapsed, started);
    }

    /// <summary>
    /// Fixtures written before the request's Content-Type was recorded imply it by the body's kind; a recorded
    /// Content-Type header always wins.
    /// </summary>
    private static EquatableList<KeyValuePair<string, string>> WithContentType(List<KeyValuePair<string, string>> headers, RecordedBody body)
    {
        if (RecordedHeaders.First(headers, "Content-Type") is not null)
        {
            return headers;
        }

        return body switch
        {
            RecordedBody.Form => [.. headers, KeyValuePair.Create("Content-Type", "application/x-www-form-urlencoded")],
            RecordedBody.Json => [.. headers, KeyValuePair.Create("Content-Type", "application/json")],
            _ => headers,
        };
    }

    /// <summary>The fixture's own shapes (headers as pairs, bodies by kind) on top of the typed reads.</summary>
    private sealed class NodeReader(string source) : JsonPathReader(source)
    {
        public List<KeyValuePair<string, string>> Headers(JsonNode? node, string path) =>
            node is null ? [] : Pairs(node, path);

        public RecordedBody Body(JsonNode? node, string path, bool allowForm)
        {
            if (node is null)
            {
                return RecordedBody.None;
            }

            var body = Object(node, path);
            if (body.Count != 1)
            {
                throw Fail(path, allowForm ? "must have one member: form, json or text" : "must have one member: json or text");
            }

            var (kind, value) = body.First();
            return kind switch
            {
                "form" when allowForm => new RecordedBody.Form(Pairs(value, $"{path}.form")),
                "json" => new RecordedBody.Json(value?.DeepClone()),
                "text" => new RecordedBody.Text(String(value, $"{path}.text")),
                _ => throw Fail($"{path}.{kind}", allowForm ? "is not a body kind: use form, json or text" : "is not a body kind: use json or text"),
            };
        }

        private List<KeyValuePair<string, string>> Pairs(JsonNode? node, string path) =>
            [.. Array(node, path).Select((pair, i) =>
            {
                var p = pair as JsonArray;
                return p is { Count: 2 }
                    ? KeyValuePair.Create(String(p[0], $"{path}[{i}][0]"), String(p[1], $"{path}[{i}][1]"))
                    : throw Fail($"{path}[{i}]", "must be a [name, value] pair");
            })];
    }
}
