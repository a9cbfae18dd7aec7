using System.Text.Json.Serialization;

namespace OpenBanking.Core.Configuration;

/// <summary>Source-generated JSON metadata for config files: unknown keys are errors, so a typo is caught.</summary>
[JsonSourceGenerationOptions(
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ApiConfig))]
internal sealed partial class ApiConfigJsonContext : JsonSerializerContext;
