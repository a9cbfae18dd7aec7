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
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Problem($"cannot read {path}: {e.Message}");
        }
    }

    /// <summary>Whether tokens could be saved at <paramref name="path"/>: checked before a consent is made, so none is lost.</summary>
    public static Either<Problem, Unit> CheckWritable(string path)
    {
        if (Directory.Exists(path))
        {
            return new Problem($"the token file {path} is a folder");
        }

        var probe = $"{path}.{Environment.ProcessId}.probe";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            File.WriteAllText(probe, "");
            File.Delete(probe);
            if (File.Exists(path))
            {
                using var existing = File.Open(path, FileMode.Open, FileAccess.ReadWrite);
            }

            return Prelude.unit;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Problem($"the token file {path} cannot be written: {e.Message}");
        }
    }

    /// <summary>
    /// Writes the file, readable and writable by the owner only: to a private temporary file first, then moved into
    /// place, so a failure never leaves half a file.
    /// </summary>
    public Either<Problem, Unit> Save(string path)
    {
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using (var stream = new FileStream(temporary, options))
            using (var writer = new StreamWriter(stream))
            {
                writer.Write(JsonSerializer.Serialize(this, Options));
            }

            File.Move(temporary, path, overwrite: true);
            return Prelude.unit;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }

            return new Problem($"the tokens could not be saved to {path}: {e.Message}");
        }
    }

    /// <summary>The consent and expiry; never a token.</summary>
    public override string ToString() => $"StoredTokens(consent {ConsentId}, expires {ExpiresAt:O})";
}
