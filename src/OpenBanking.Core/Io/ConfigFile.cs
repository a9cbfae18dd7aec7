using LanguageExt;
using OpenBanking.Core.Configuration;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Jose;

namespace OpenBanking.Core.Io;

/// <summary>Reads a JSON config file (the seed library's snake_case keys) and checks everything it names.</summary>
public static class ConfigFile
{
    /// <summary>
    /// Reads <paramref name="path"/>, parses it, validates it and loads the PEM files it names (transport certificate and
    /// key, CA bundle): every problem at once, in one <see cref="ConfigError"/>. Relative file paths in the config are
    /// relative to the config file's folder.
    /// </summary>
    /// <remarks>
    /// The files are read once, here: the loaded credentials travel in <see cref="ValidatedApiConfig.TransportCredentials"/>
    /// to <see cref="HttpClientInterpreter.Create(ValidatedApiConfig)"/>. They belong to the returned configuration and live
    /// as long as it does; interpreters created from it never dispose them.
    /// </remarks>
    public static Either<ConfigError, ValidatedApiConfig> Load(string path) => Read(path, null);

    /// <summary>
    /// As <see cref="Load(string)"/>, with <paramref name="signer"/> (a key in a vault or an HSM) signing client assertions
    /// and request objects instead of a <c>signing_key</c> PEM; see <see cref="ApiConfig.Validate(IJwsSigner)"/>.
    /// </summary>
    public static Either<ConfigError, ValidatedApiConfig> Load(string path, IJwsSigner signer)
    {
        ArgumentNullException.ThrowIfNull(signer);
        return Read(path, signer);
    }

    private static Either<ConfigError, ValidatedApiConfig> Read(string path, IJwsSigner? signer)
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
        var (parsed, problems, readable) = ApiConfigJson.Read(json);
        if (!readable)
        {
            return new ConfigError(problems);
        }

        var documentProblems = problems.ToList();
        var config = parsed with
        {
            TransportCertFile = Resolve(folder, "transport_cert_file", parsed.TransportCertFile, documentProblems),
            TransportKeyFile = Resolve(folder, "transport_key_file", parsed.TransportKeyFile, documentProblems),
            CaBundleFile = Resolve(folder, "ca_bundle_file", parsed.CaBundleFile, documentProblems),
        };
        return CheckAll(config, signer, documentProblems);
    }

    private static Either<ConfigError, ValidatedApiConfig> CheckAll(ApiConfig config, IJwsSigner? signer, IReadOnlyList<ConfigProblem> documentProblems)
    {
        var validated = signer is null ? config.Validate() : config.Validate(signer);
        var loaded = TransportCredentials.Load(config);
        IReadOnlyList<ConfigProblem> invalid = validated.Match(Right: _ => [], Left: e => e.Problems);
        IReadOnlyList<ConfigProblem> unreadable = loaded.Match(Right: _ => [], Left: e => e.Problems);

        // Each field once: a value of the wrong type is not also reported as missing; Validate() already reports
        // missing transport files.
        var problems = new List<ConfigProblem>(documentProblems);
        problems.AddRange(invalid.Where(i => problems.All(p => p.Field != i.Field)));
        problems.AddRange(unreadable.Where(u => problems.All(p => p.Field != u.Field)));
        if (problems.Count > 0)
        {
            loaded.IfRight(credentials => credentials.Dispose());
            return new ConfigError(problems);
        }

        return from valid in validated
               from credentials in loaded
               select valid.WithTransportCredentials(credentials);
    }

    // A NUL cannot be in a file name (Path.GetFullPath throws on it): the key is a problem and its value is left out.
    private static string? Resolve(string folder, string field, string? file, List<ConfigProblem> problems)
    {
        if (file is not null && file.Contains('\0', StringComparison.Ordinal))
        {
            problems.Add(new ConfigProblem(field, "is not a file path: it contains a NUL character"));
            return null;
        }

        return string.IsNullOrEmpty(file) || Path.IsPathRooted(file) ? file : Path.GetFullPath(Path.Combine(folder, file));
    }
}
