using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenBanking.Core.Http;

namespace OpenBanking.Conformance.Fixtures;

/// <summary>
/// The fixture file format (<c>openbanking-fx-fixture/1</c>, described in docs/fixtures.md): metadata, then the
/// exchanges in order. Secrets never reach it: <see cref="Exchange"/> scrubs as it converts.
/// </summary>
public static class FixtureDocument
{
    /// <summary>The format identifier written into every fixture.</summary>
    public const string Format = "openbanking-fx-fixture/1";

    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A request and its response as a fixture exchange, with secrets replaced.</summary>
    /// <param name="request">The request.</param>
    /// <param name="response">Its response, or null when it got none.</param>
    /// <param name="elapsed">How long the exchange took.</param>
    /// <param name="options">What the recording keeps; <see cref="FixtureOptions.Default"/> (nothing) when null.</param>
    public static FixtureExchange Exchange(HttpRequestSpec request, HttpResponseSpec? response, TimeSpan elapsed, FixtureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var policy = (options ?? FixtureOptions.Default).Scrubbing;
        var requestNode = new JsonObject
        {
            ["operation"] = request.Operation,
            ["method"] = request.Method.Method,
            ["url"] = Secrets.Url(request.Uri.AbsoluteUri, policy),
            // The interpreter sends the body's media type as Content-Type: record it as sent.
            ["headers"] = Headers(request.Body.ContentType is { } contentType && request.Header("Content-Type") is null
                ? [.. request.Headers, KeyValuePair.Create("Content-Type", contentType)]
                : request.Headers),
            ["body"] = request.Body switch
            {
                RequestBody.Form form => new JsonObject { ["form"] = Pairs(form.Fields.Select(f => KeyValuePair.Create(f.Key, Secrets.Field(f.Key, f.Value, policy)))) },
                RequestBody.Json json => Json(json.Text, policy),
                // A payment file: JSON files are recorded as JSON, other files (XML) as their text.
                RequestBody.Bytes file => FileBody(file, policy),
                _ => null,
            },
        };
        var responseNode = response is null ? null : new JsonObject
        {
            ["status"] = response.Status,
            ["headers"] = Headers(response.Headers),
            ["body"] = Body(response, policy),
        };
        return new FixtureExchange(requestNode, responseNode, (long)elapsed.TotalMilliseconds);
    }

    /// <summary>The whole fixture as indented JSON.</summary>
    public static string Write(IReadOnlyDictionary<string, string> metadata, IEnumerable<FixtureExchange> exchanges)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(exchanges);
        var document = new JsonObject
        {
            ["format"] = Format,
            ["metadata"] = new JsonObject(metadata.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => KeyValuePair.Create(m.Key, (JsonNode?)m.Value))),
            ["exchanges"] = new JsonArray([.. exchanges.Select(e => (JsonNode)new JsonObject
            {
                ["request"] = e.Request.DeepClone(),
                ["response"] = e.Response?.DeepClone(),
                ["elapsed_ms"] = e.ElapsedMilliseconds,
            })]),
        };
        return document.ToJsonString(Pretty).ReplaceLineEndings("\n") + "\n";
    }

    private static JsonObject? Body(HttpResponseSpec response, SecretPolicy policy)
    {
        if (response.Body.Length == 0)
        {
            return null;
        }

        return Content(response.MediaType, response.BodyText, policy);
    }

    private static JsonObject FileBody(RequestBody.Bytes file, SecretPolicy policy) =>
        Content(file.MediaType.Split(';', 2)[0].Trim().ToLowerInvariant(), Encoding.UTF8.GetString(file.Content.Span), policy);

    private static JsonObject Content(string? mediaType, string text, SecretPolicy policy) =>
        mediaType is null or "application/json" || (mediaType?.EndsWith("+json", StringComparison.Ordinal) ?? false)
            ? Json(text, policy)
            : new JsonObject { ["text"] = Capped(Secrets.Text(text)) };

    /// <summary>
    /// A JSON body: <c>{"json": …}</c> scrubbed; JSON that repeats a member as <c>{"text": …}</c>, scrubbed as written
    /// (a node cannot hold it); anything that is not JSON as a short excerpt.
    /// </summary>
    private static JsonObject Json(string text, SecretPolicy policy) =>
        Secrets.ParseJson(text) is { } json ? new JsonObject { ["json"] = Secrets.Json(json, policy) }
        : Secrets.JsonText(text, policy) is { } repeated ? new JsonObject { ["text"] = Capped(repeated) }
        : new JsonObject { ["text"] = BodyExcerpt.Of(Encoding.UTF8.GetBytes(Secrets.Text(text))) };

    private static string Capped(string text) => text.Length <= 4096 ? text : text[..4096] + "…";

    private static JsonArray Headers(IEnumerable<KeyValuePair<string, string>> headers) =>
        Pairs(headers.Select(h => KeyValuePair.Create(h.Key, Secrets.Header(h.Key, h.Value))));

    private static JsonArray Pairs(IEnumerable<KeyValuePair<string, string>> pairs) =>
        new([.. pairs.Select(p => (JsonNode)new JsonArray(JsonValue.Create(p.Key), JsonValue.Create(p.Value)))]);

    /// <summary>The time a fixture was recorded, as written into its metadata.</summary>
    public static string Timestamp(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
