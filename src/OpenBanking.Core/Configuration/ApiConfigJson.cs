using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using LanguageExt;
using OpenBanking.Core.Errors;

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
    /// JSON. Missing keys take the defaults of <see cref="ApiConfig"/>. Call <see cref="ApiConfig.Validate"/> next.
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
        ArgumentNullException.ThrowIfNull(json);
        JsonObject root;
        try
        {
            var node = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (node is not JsonObject obj)
            {
                return (new ApiConfig(), [new ConfigProblem("(document)", "must be a JSON object")]);
            }

            root = obj;
        }
        catch (JsonException e)
        {
            return (new ApiConfig(), [new ConfigProblem("(document)", $"not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1})")]);
        }

        var problems = new List<ConfigProblem>();
        var readable = new JsonObject();
        foreach (var (key, value) in root)
        {
            if (!Keys.Contains(key))
            {
                problems.Add(new ConfigProblem(key, "unknown key (check the spelling; keys are snake_case as in the seed library)"));
                continue;
            }

            // Each key on its own, so one bad value does not hide the next.
            var single = new JsonObject { [key] = value?.DeepClone() };
            try
            {
                JsonSerializer.Deserialize<ApiConfig>(single, Options);
                readable[key] = value?.DeepClone();
            }
            catch (JsonException)
            {
                problems.Add(new ConfigProblem(key, "has a value of the wrong type (or null where a value is needed)"));
            }
        }

        return (JsonSerializer.Deserialize<ApiConfig>(readable, Options) ?? new ApiConfig(), problems);
    }

    /// <summary>Writes <paramref name="config"/> as an indented JSON document (secrets included: it is the user's own file).</summary>
    public static string Write(ApiConfig config) =>
        JsonSerializer.Serialize(config, Options);
}
