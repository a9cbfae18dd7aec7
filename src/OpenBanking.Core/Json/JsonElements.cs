using System.Text;
using System.Text.Json;

namespace OpenBanking.Core.Json;

/// <summary>
/// Parses JSON documents the library reads member by member, and reads from them leniently. <see cref="Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/>
/// is the one way in: it refuses a document with a string or member name that cannot become a .NET string, so no later
/// read (<see cref="JsonElement.GetString"/>, <see cref="JsonProperty.Name"/>, <see cref="JsonElement.TryGetProperty(string, out JsonElement)"/>) throws.
/// </summary>
internal static class JsonElements
{
    // Throws on an unpaired surrogate instead of writing U+FFFD: text that is not UTF-16 is refused, not repaired.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The member's string value, or null when it is absent or not a string.</summary>
    public static string? StringOrNull(this JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>
    /// Parses <paramref name="utf8"/> after checking that every string and member name in it is text: UTF-8 bytes
    /// (RFC 8259 §8.1) whose escapes pair their surrogates (RFC 8259 §7 allows <c>"\udfff"</c>, UTF-16 does not).
    /// </summary>
    /// <exception cref="JsonStringException">A string or member name is not text; its path says where.</exception>
    /// <exception cref="JsonException">The bytes are not JSON (or repeat a member where <paramref name="options"/> forbid it).</exception>
    public static JsonDocument Parse(ReadOnlyMemory<byte> utf8, JsonDocumentOptions options = default)
    {
        CheckStrings(utf8.Span, options);
        return JsonDocument.Parse(utf8, options);
    }

    /// <summary>
    /// Checks that <paramref name="utf8"/> is UTF-8 (RFC 8259 §8.1), for readers that do not go through
    /// <see cref="Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/>: the serializer reads a member name that is not UTF-8 as
    /// an unknown member and skips it. One vectorised pass; the path is looked for only when the check fails.
    /// </summary>
    /// <exception cref="JsonException">The bytes are not UTF-8 (a <see cref="JsonStringException"/> naming where), or not JSON.</exception>
    public static void CheckUtf8(ReadOnlySpan<byte> utf8)
    {
        if (!System.Text.Unicode.Utf8.IsValid(utf8))
        {
            CheckStrings(utf8, default);
        }
    }

    /// <summary>As <see cref="Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/>, for text (which must not hold an unpaired surrogate character).</summary>
    public static JsonDocument Parse(string text, JsonDocumentOptions options = default) => Parse(Utf8(text), options);

    /// <summary>
    /// Parses <paramref name="text"/> into nodes after the same check, so that no read of a string or member name from
    /// them throws.
    /// </summary>
    /// <exception cref="JsonException">As <see cref="Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/>.</exception>
    public static System.Text.Json.Nodes.JsonNode? ParseNode(string text, JsonDocumentOptions options = default)
    {
        var utf8 = Utf8(text);
        CheckStrings(utf8, options);
        return System.Text.Json.Nodes.JsonNode.Parse(utf8, documentOptions: options);
    }

    /// <summary>The UTF-8 bytes of <paramref name="text"/>; a <see cref="JsonStringException"/> at <c>$</c> when it holds an unpaired surrogate.</summary>
    public static byte[] Utf8(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            return StrictUtf8.GetBytes(text);
        }
        catch (EncoderFallbackException e)
        {
            throw new JsonStringException("$", $"an unpaired surrogate character (at index {e.Index} of the text)");
        }
    }

    private static void CheckStrings(ReadOnlySpan<byte> utf8, JsonDocumentOptions options)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            CommentHandling = options.CommentHandling,
            AllowTrailingCommas = options.AllowTrailingCommas,
            MaxDepth = options.MaxDepth,
        });

        // One frame per open object or array: the member being read, or the index of the item being read.
        var frames = new List<Frame>();
        while (reader.Read())
        {
            if (frames.Count > 0 && frames[^1].IsArray && reader.TokenType is not (JsonTokenType.EndArray or JsonTokenType.Comment))
            {
                frames[^1].Index++;
            }

            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray));
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    frames.RemoveAt(frames.Count - 1);
                    break;
                case JsonTokenType.PropertyName:
                    frames[^1].Member = null;
                    frames[^1].Member = ReadText(ref reader, frames, "a member name");
                    break;
                case JsonTokenType.String:
                    ReadText(ref reader, frames, "a string");
                    break;
            }
        }
    }

    private static string ReadText(ref Utf8JsonReader reader, List<Frame> frames, string what)
    {
        if (!System.Text.Unicode.Utf8.IsValid(reader.ValueSpan))
        {
            throw new JsonStringException(PathOf(frames), $"{what} with bytes that are not UTF-8 (RFC 8259 §8.1)");
        }

        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new JsonStringException(PathOf(frames), $"{what} with a lone surrogate escape, which is no character (RFC 8259 §8.2)");
        }
    }

    private static string PathOf(List<Frame> frames)
    {
        var path = new StringBuilder("$");
        foreach (var frame in frames)
        {
            if (frame.IsArray)
            {
                path.Append('[').Append(frame.Index).Append(']');
            }
            else if (frame.Member is not null)
            {
                path.Append('.').Append(frame.Member);
            }
        }

        return path.ToString();
    }

    private sealed class Frame(bool isArray)
    {
        public bool IsArray { get; } = isArray;

        public int Index { get; set; } = -1;

        public string? Member { get; set; }
    }
}
