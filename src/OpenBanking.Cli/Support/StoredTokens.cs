using System.Text.Json;
using System.Text.Json.Serialization;
using LanguageExt;

namespace OpenBanking.Cli.Support;

/// <summary>
/// What <c>obx login</c> keeps between commands: the consent and its tokens, in a file only the owner can read.
/// Never printed: <see cref="ToString"/> shows the consent id and expiry only.
/// </summary>
public sealed record StoredTokens(
    [property: JsonPropertyName("consent_id")] string ConsentId,
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("refresh_token")] string? RefreshToken,
    [property: JsonPropertyName("expires_at")] DateTimeOffset? ExpiresAt)
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    /// <summary>True when the access token has expired at <paramref name="now"/> (with 30 seconds to spare).</summary>
    public bool Expired(DateTimeOffset now) => ExpiresAt is { } at && now + TimeSpan.FromSeconds(30) >= at;

    /// <summary>Reads the file, or the problem with it.</summary>
    public static Either<Problem, StoredTokens> Load(string path)
    {
        if (!File.Exists(path))
        {
            return new Problem($"no stored tokens at {path}: run obx login --config <bank.json> first");
        }

        try
        {
            return JsonSerializer.Deserialize<StoredTokens>(File.ReadAllText(path), Options) is { ConsentId: not null, AccessToken: not null } tokens
                ? tokens
                : new Problem($"{path} does not hold obx tokens; run obx login again");
        }
        catch (JsonException)
        {
            return new Problem($"{path} does not hold obx tokens; run obx login again");
        }
    }

    /// <summary>Writes the file, readable and writable by the owner only.</summary>
    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, "");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        File.WriteAllText(path, JsonSerializer.Serialize(this, Options));
    }

    /// <summary>The consent and expiry; never a token.</summary>
    public override string ToString() => $"StoredTokens(consent {ConsentId}, expires {ExpiresAt:O})";
}
