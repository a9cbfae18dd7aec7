using System.Buffers;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using LanguageExt;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Configuration;

/// <summary>Reads and writes <see cref="ApiConfig"/> as JSON with the seed library's snake_case keys.</summary>
public static class ApiConfigJson
{
    // Reflection-based on purpose: the source generator sets every init-only property in one object
    // initialiser, which would overwrite the record's defaults with nulls for keys a file leaves out.
    private static readonly JsonSerializerOptions Options = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        RespectNullableAnnotations = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // The user edits this file: write "<placeholder>", not "\u003Cplaceholder\u003E".
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly System.Collections.Generic.HashSet<string> Keys = typeof(ApiConfig).GetProperties()
        .Select(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name)
        .OfType<string>()
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Parses a config document. Keys are snake_case (<c>client_id</c>, <c>token_endpoint_auth_method</c>, ...);
    /// every unknown key and every value of the wrong type is listed in one <see cref="ConfigError"/>, as is invalid
    /// JSON. Missing keys take the defaults of <see cref="ApiConfig"/>. Call <see cref="ApiConfig.Validate()"/> next.
    /// </summary>
    public static Either<ConfigError, ApiConfig> Parse(string json)
    {
        var (config, problems) = ParseLeniently(json);
        return problems.Count > 0 ? new ConfigError(problems) : config;
    }

    /// <summary>
    /// The config with every well-formed key, and the problems with the rest: so a caller can validate what was
    /// readable and report everything at once.
    /// </summary>
    public static (ApiConfig Config, IReadOnlyList<ConfigProblem> Problems) ParseLeniently(string json)
    {
        var (config, problems, _) = Read(json);
        return (config, problems);
    }

    /// <summary>
    /// As <see cref="ParseLeniently"/>, and whether the document could be read at all (when not, the config is the
    /// defaults and the one problem says why).
    /// </summary>
    internal static (ApiConfig Config, IReadOnlyList<ConfigProblem> Problems, bool Readable) Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonElements.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonStringException e)
        {
            return (new ApiConfig(), [new ConfigProblem(KeyOf(e.Path ?? "$") ?? "(document)", $"has {e.Reason}")], false);
        }
        catch (JsonException e)
        {
            return (new ApiConfig(), [new ConfigProblem("(document)", $"not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1})")], false);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (new ApiConfig(), [new ConfigProblem("(document)", "must be a JSON object")], false);
            }

            // RFC 8259 §4: names within an object should be unique; which of two values counts would be a guess.
            var repeated = root.EnumerateObject().GroupBy(m => m.Name, StringComparer.Ordinal)
                .Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
            var problems = repeated.Select(key => new ConfigProblem(key, "is written more than once (twice or more); write each key once")).ToList();
            var readable = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(readable))
            {
                writer.WriteStartObject();
                foreach (var member in root.EnumerateObject().Where(m => !repeated.Contains(m.Name)))
                {
                    if (!Keys.Contains(member.Name))
                    {
                        problems.Add(new ConfigProblem(member.Name, "unknown key (check the spelling; keys are snake_case as in the seed library)"));
                    }
                    else if (Reads(member))
                    {
                        // Each key on its own, so one bad value does not hide the next.
                        member.WriteTo(writer);
                    }
                    else
                    {
                        problems.Add(new ConfigProblem(member.Name, "has a value of the wrong type (or null where a value is needed)"));
                    }
                }

                writer.WriteEndObject();
            }

            return (JsonSerializer.Deserialize<ApiConfig>(readable.WrittenSpan, Options) ?? new ApiConfig(), problems, true);
        }
    }

    private static bool Reads(JsonProperty member)
    {
        var single = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(single))
        {
            writer.WriteStartObject();
            member.WriteTo(writer);
            writer.WriteEndObject();
        }

        try
        {
            JsonSerializer.Deserialize<ApiConfig>(single.WrittenSpan, Options);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    // "$.client_id" or "$.permissions[2]" → the key; "$" → null.
    private static string? KeyOf(string path) =>
        path.Length > 2 && path.StartsWith("$.", StringComparison.Ordinal)
            ? path[2..].Split('[', '.')[0]
            : null;

    /// <summary>Writes <paramref name="config"/> as an indented JSON document (secrets included: it is the user's own file).</summary>
    public static string Write(ApiConfig config) =>
        JsonSerializer.Serialize(config, Options);
}
