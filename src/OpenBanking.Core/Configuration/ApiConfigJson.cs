using System.Text.Json;
using System.Text.RegularExpressions;
using LanguageExt;
using OpenBanking.Core.Errors;

namespace OpenBanking.Core.Configuration;

/// <summary>Reads and writes <see cref="ApiConfig"/> as JSON with the seed library's snake_case keys.</summary>
public static partial class ApiConfigJson
{
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
            return JsonSerializer.Deserialize(json, ApiConfigJsonContext.Default.ApiConfig) is { } config
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
        JsonSerializer.Serialize(config, ApiConfigJsonContext.Default.ApiConfig);

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
            : e.Path is { Length: > 2 }
                ? "has a value of the wrong type"
                : $"not a valid JSON object (line {e.LineNumber + 1})";

    [GeneratedRegex("The JSON property '([^']+)' could not be mapped")]
    private static partial Regex UnknownProperty();
}
