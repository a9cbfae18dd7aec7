using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using LanguageExt;
using OpenBanking.Core.Errors;

namespace OpenBanking.Core.Configuration;

/// <summary>Reads and writes <see cref="ApiConfig"/> as JSON with the seed library's snake_case keys.</summary>
public static partial class ApiConfigJson
{
    // Reflection-based on purpose: the source generator sets every init-only property in one object
    // initialiser, which would overwrite the record's defaults with nulls for keys a file leaves out.
    private static readonly JsonSerializerOptions Options = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>
    /// Parses a config document. Keys are snake_case (<c>client_id</c>, <c>token_endpoint_auth_method</c>, ...);
    /// an unknown key, a value of the wrong type or invalid JSON is a <see cref="ConfigError"/> naming the key.
    /// Missing keys take the defaults of <see cref="ApiConfig"/>. Call <see cref="ApiConfig.Validate"/> next.
    /// </summary>
    public static Either<ConfigError, ApiConfig> Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            // Syntax first, so a truncated file is reported as such and not as a wrong value.
            using var syntax = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            return new ConfigError("(document)", $"not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1})");
        }

        try
        {
            return JsonSerializer.Deserialize<ApiConfig>(json, Options) is { } config
                ? config
                : new ConfigError("(document)", "the document is null; expected a JSON object");
        }
        catch (JsonException e)
        {
            return new ConfigError(FieldOf(e), Reason(e));
        }
    }

    /// <summary>Writes <paramref name="config"/> as an indented JSON document (secrets included: it is the user's own file).</summary>
    public static string Write(ApiConfig config) =>
        JsonSerializer.Serialize(config, Options);

    private static string FieldOf(JsonException e)
    {
        if (UnknownProperty().Match(e.Message) is { Success: true } unknown)
        {
            return unknown.Groups[1].Value;
        }

        return e.Path is { Length: > 2 } path ? path.TrimStart('$', '.') : "(document)";
    }

    private static string Reason(JsonException e) =>
        UnknownProperty().IsMatch(e.Message)
            ? "unknown key (check the spelling; keys are snake_case as in the seed library)"
            : "has a value of the wrong type (or null where a value is needed)";

    [GeneratedRegex("The JSON property '([^']+)' could not be mapped")]
    private static partial Regex UnknownProperty();
}
