using LanguageExt;
using OpenBanking.Core.Configuration;
using OpenBanking.Core.Errors;

namespace OpenBanking.Core.Io;

/// <summary>Reads a JSON config file (the seed library's snake_case keys) and checks everything it names.</summary>
public static class ConfigFile
{
    /// <summary>
    /// Reads <paramref name="path"/>, parses it, validates it and checks that the PEM files it names
    /// (transport certificate and key, CA bundle) are readable: every problem at once, in one
    /// <see cref="ConfigError"/>. Relative file paths in the config are relative to the config file's folder.
    /// </summary>
    public static Either<ConfigError, ValidatedApiConfig> Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ConfigError("(file)", $"cannot read '{path}': {e.Message}");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        return ApiConfigJson.Parse(json)
            .Map(config => config with
            {
                TransportCertFile = Resolve(folder, config.TransportCertFile),
                TransportKeyFile = Resolve(folder, config.TransportKeyFile),
                CaBundleFile = Resolve(folder, config.CaBundleFile),
            })
            .Bind(CheckAll);
    }

    private static Either<ConfigError, ValidatedApiConfig> CheckAll(ApiConfig config)
    {
        var validated = config.Validate();
        IReadOnlyList<ConfigProblem> invalid = validated.Match(Right: _ => [], Left: e => e.Problems);
        IReadOnlyList<ConfigProblem> unreadable = TransportCredentials.Load(config).Match(
            Right: credentials =>
            {
                credentials.Dispose();
                return [];
            },
            Left: e => e.Problems);

        // Validate() already reports missing transport files; list each field once.
        var problems = invalid.Concat(unreadable.Where(u => invalid.All(i => i.Field != u.Field))).ToList();
        return problems.Count == 0 ? validated : new ConfigError(problems);
    }

    private static string? Resolve(string folder, string? file) =>
        string.IsNullOrEmpty(file) || Path.IsPathRooted(file) ? file : Path.GetFullPath(Path.Combine(folder, file));
}
