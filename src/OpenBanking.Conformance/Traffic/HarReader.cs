using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LanguageExt;
using OpenBanking.Conformance.Fixtures;
using OpenBanking.Core;
using OpenBanking.Core.Http;

namespace OpenBanking.Conformance.Traffic;

/// <summary>
/// Reads a HAR 1.2 file (HTTP Archive, as Chrome, Firefox, Charles, mitmproxy and Fiddler export it) into
/// <see cref="RecordedTraffic"/>, with its secrets scrubbed (<see cref="TrafficSecrets"/>): a browser's capture holds
/// real tokens, and nothing read here may reach a report with them.
/// </summary>
/// <remarks>
/// HTTP/2 pseudo-headers (<c>:authority</c>, <c>:path</c>, …) are dropped; entries for other schemes than http(s)
/// (<c>data:</c>, <c>blob:</c>, <c>ws:</c>, extensions) are skipped and counted in the <c>skipped_entries</c> metadata;
/// a response with status 0 (the browser got none) is no response. Each entry's <c>startedDateTime</c> is its
/// exchange's <see cref="Exchange.StartedAt"/> (unknown when it is before 1970 or after 9000). Metadata:
/// <c>source_format</c> (<c>har</c>), <c>creator</c> and <c>creator_version</c>, and <c>recorded_at</c> from the first
/// entry's <c>startedDateTime</c>.
/// </remarks>
public static class HarReader
{
    /// <summary>The <c>source_format</c> metadata of a recording read from a HAR file.</summary>
    public const string SourceFormat = "har";

    /// <summary>True when <paramref name="document"/> looks like a HAR file (an object with a <c>log</c> member).</summary>
    public static bool IsHar(JsonNode? document) => document is JsonObject o && o.ContainsKey("log");

    /// <summary>Reads HAR text.</summary>
    public static Either<TrafficError, RecordedTraffic> Read(string json, string source) =>
        JsonPathReader.Parse(json, source, out var document) is { } notJson ? notJson : Read(document, source);

    /// <summary>Reads a parsed HAR document.</summary>
    public static Either<TrafficError, RecordedTraffic> Read(JsonNode? document, string source)
    {
        var reader = new JsonPathReader(source);
        try
        {
            var log = reader.Object(reader.Object(document, "$")["log"], "$.log");
            var metadata = new Dictionary<string, string>(StringComparer.Ordinal) { ["source_format"] = SourceFormat };
            if (log["creator"] is { } creatorNode)
            {
                var creator = reader.Object(creatorNode, "$.log.creator");
                metadata["creator"] = reader.String(creator["name"], "$.log.creator.name");
                if (creator["version"] is { } version)
                {
                    metadata["creator_version"] = reader.String(version, "$.log.creator.version");
                }
            }

            var entries = reader.Array(log["entries"], "$.log.entries");
            if (entries.Count > 0 && Started(reader, reader.Object(entries[0], "$.log.entries[0]"), "$.log.entries[0]") is { } started)
            {
                metadata["recorded_at"] = FixtureDocument.Timestamp(started);
            }

            var exchanges = new List<Exchange>();
            for (var i = 0; i < entries.Count; i++)
            {
                if (Entry(reader, entries[i], $"$.log.entries[{i}]", exchanges.Count + 1) is { } exchange)
                {
                    exchanges.Add(exchange);
                }
            }

            if (exchanges.Count < entries.Count)
            {
                metadata["skipped_entries"] = (entries.Count - exchanges.Count).ToString(CultureInfo.InvariantCulture);
            }

            return TrafficSecrets.Scrub(new RecordedTraffic(source, metadata, exchanges));
        }
        catch (JsonPathReader.Invalid invalid)
        {
            return invalid.Error;
        }
    }

    /// <summary>One entry as an exchange; null for an entry that is not HTTP(S) (a data: URL, a WebSocket).</summary>
    private static Exchange? Entry(JsonPathReader reader, JsonNode? node, string path, int number)
    {
        var entry = reader.Object(node, path);
        var request = reader.Object(entry["request"], $"{path}.request");
        var method = reader.String(request["method"], $"{path}.request.method").ToUpperInvariant();
        var urlText = reader.String(request["url"], $"{path}.request.url");
        // On Unix a rooted path ("/token") parses as an absolute file URL: only a URL with a scheme is absolute here.
        if (!Uri.TryCreate(urlText, UriKind.Absolute, out var url) || (url.IsFile && !urlText.StartsWith("file:", StringComparison.OrdinalIgnoreCase)))
        {
            throw reader.Fail($"{path}.request.url", $"'{Secrets.Url(urlText)}' is not an absolute URL");
        }

        if (!JsonPathReader.IsHttp(url))
        {
            return null;
        }

        var headers = Headers(reader, request["headers"], $"{path}.request.headers");
        var body = RecordedBody.None;
        if (request["postData"] is { } postDataNode)
        {
            var postData = reader.Object(postDataNode, $"{path}.request.postData");
            var mimeType = postData["mimeType"] is { } m ? reader.String(m, $"{path}.request.postData.mimeType") : "";
            body = PostData(reader, postData, mimeType, $"{path}.request.postData");
            if (mimeType.Length > 0 && body is not RecordedBody.Empty && RecordedHeaders.First(headers, "Content-Type") is null)
            {
                headers.Add(KeyValuePair.Create("Content-Type", mimeType));
            }
        }

        long? elapsed = entry["time"] is { } time && reader.Number(time, $"{path}.time") is >= 0 and < long.MaxValue and var ms ? (long)Math.Round(ms) : null;
        return new Exchange(number, new RecordedRequest(method, url, headers, body), Response(reader, entry["response"], $"{path}.response"), elapsed,
            Started(reader, entry, path));
    }

    private static RecordedResponse? Response(JsonPathReader reader, JsonNode? node, string path)
    {
        if (node is null)
        {
            return null;
        }

        var response = reader.Object(node, path);
        var status = reader.Integer(response["status"], $"{path}.status");
        if (status == 0)
        {
            // Browsers record a request that got no answer (refused, blocked, cancelled) with status 0.
            return null;
        }

        if (status is < 100 or > 999)
        {
            throw reader.Fail($"{path}.status", $"{status} is not an HTTP status");
        }

        var headers = Headers(reader, response["headers"], $"{path}.headers");
        var body = RecordedBody.None;
        if (response["content"] is { } contentNode)
        {
            var content = reader.Object(contentNode, $"{path}.content");
            var mimeType = content["mimeType"] is { } m ? reader.String(m, $"{path}.content.mimeType") : RecordedHeaders.First(headers, "Content-Type") ?? "";
            var text = content["text"] is { } t ? reader.String(t, $"{path}.content.text") : "";
            if (content["encoding"] is { } encodingNode)
            {
                var encoding = reader.String(encodingNode, $"{path}.content.encoding");
                text = encoding.Equals("base64", StringComparison.OrdinalIgnoreCase)
                    ? Base64Text(text) ?? throw reader.Fail($"{path}.content.text", "is not base64 (content.encoding says it is)")
                    : throw reader.Fail($"{path}.content.encoding", $"is '{encoding}'; HAR content is plain text or base64");
            }

            body = Classify(text, mimeType, allowForm: false);
        }

        return new RecordedResponse(status, headers, body);
    }

    private static RecordedBody PostData(JsonPathReader reader, JsonObject postData, string mimeType, string path)
    {
        if (postData["text"] is { } textNode)
        {
            return Classify(reader.String(textNode, $"{path}.text"), mimeType, allowForm: true);
        }

        if (postData["params"] is not { } paramsNode)
        {
            return RecordedBody.None;
        }

        // Tools differ on whether params are still URL-encoded (Chrome's are): decoding them as a form serves both,
        // since a decoded value seldom holds a '%XX' or a '+'.
        var fields = reader.Array(paramsNode, $"{path}.params").Select((p, i) =>
        {
            var parameter = reader.Object(p, $"{path}.params[{i}]");
            var value = parameter["value"] is { } v ? reader.String(v, $"{path}.params[{i}].value") : "";
            return reader.String(parameter["name"], $"{path}.params[{i}].name") + "=" + value;
        });
        return Classify(string.Join('&', fields), "application/x-www-form-urlencoded", allowForm: true);
    }

    /// <summary>A body by its media type: a form, JSON (text when it does not parse), text, or nothing.</summary>
    private static RecordedBody Classify(string text, string mimeType, bool allowForm)
    {
        if (text.Length == 0)
        {
            return RecordedBody.None;
        }

        var mediaType = mimeType.Split(';', 2)[0].Trim().ToLowerInvariant();
        if (allowForm && mediaType == "application/x-www-form-urlencoded")
        {
            return new RecordedBody.Form(FormUrlEncoding.Decode(text).ToEquatableList());
        }

        // JSON that does not parse, or repeats a member, is text (scrubbed as JSON text all the same).
        return (mediaType == "application/json" || mediaType.EndsWith("+json", StringComparison.Ordinal)) && Json(text) is { } json
            ? json
            : new RecordedBody.Text(text);
    }

    private static RecordedBody.Json? Json(string text)
    {
        try
        {
            return new RecordedBody.Json(WireFormats.ParseJson(text)) { Sent = text };
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Base64 content as text; bytes that are not UTF-8 (an image, a font) are described, not kept. Null when it is not base64.</summary>
    private static string? Base64Text(string text)
    {
        var bytes = new byte[text.Length];
        if (!Convert.TryFromBase64String(text, bytes, out var length))
        {
            return null;
        }

        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes, 0, length);
        }
        catch (DecoderFallbackException)
        {
            return $"<{length} bytes of binary content>";
        }
    }

    private static List<KeyValuePair<string, string>> Headers(JsonPathReader reader, JsonNode? node, string path) =>
        node is null
            ? []
            : [.. reader.Array(node, path)
                .Select((h, i) =>
                {
                    var header = reader.Object(h, $"{path}[{i}]");
                    return KeyValuePair.Create(reader.String(header["name"], $"{path}[{i}].name"), reader.String(header["value"], $"{path}[{i}].value"));
                })
                .Where(h => !h.Key.StartsWith(':'))];

    /// <summary>
    /// The entry's <c>startedDateTime</c> in UTC; null when it has none or it is out of the harness's range
    /// (<see cref="WireFormats.RecordedTime"/>); a problem when it is not a date and time at all.
    /// </summary>
    private static DateTimeOffset? Started(JsonPathReader reader, JsonObject entry, string path)
    {
        if (entry["startedDateTime"] is not { } node)
        {
            return null;
        }

        var text = reader.String(node, $"{path}.startedDateTime");
        return WireFormats.RecordedTime(text)?.ToUniversalTime()
            ?? (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _)
                ? null
                : throw reader.Fail($"{path}.startedDateTime", $"'{text}' is not an ISO 8601 date and time"));
    }
}
