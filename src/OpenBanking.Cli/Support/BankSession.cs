using LanguageExt;
using OpenBanking.Core.Configuration;
using OpenBanking.Core.Flows;
using OpenBanking.Core.Io;

namespace OpenBanking.Cli.Support;

/// <summary>A bank configuration loaded and checked, its mTLS interpreter, and the library's client over it.</summary>
public sealed class BankSession : IDisposable
{
    private BankSession(ValidatedApiConfig config, HttpClientInterpreter http, AccountInformationClient client, string tokensPath)
    {
        Config = config;
        Http = http;
        Client = client;
        TokensPath = tokensPath;
    }

    /// <summary>The configuration.</summary>
    public ValidatedApiConfig Config { get; }

    /// <summary>The interpreter (owns the connection pool).</summary>
    public HttpClientInterpreter Http { get; }

    /// <summary>The library's client.</summary>
    public AccountInformationClient Client { get; }

    /// <summary>Where this bank's tokens are stored.</summary>
    public string TokensPath { get; }

    /// <summary>
    /// Loads <paramref name="configPath"/> (every problem at once) and its PEM files. The tokens live beside the config as
    /// <c>&lt;name&gt;.tokens.json</c> unless <paramref name="tokensPath"/> says otherwise.
    /// </summary>
    public static Either<Problem, BankSession> Open(ObxEnvironment environment, string configPath, string? tokensPath = null)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var path = environment.Resolve(configPath);
        var tokens = tokensPath is null ? Path.ChangeExtension(path, ".tokens.json") : environment.Resolve(tokensPath);
        return ConfigFile.Load(path)
            .MapLeft(error => new Problem($"{configPath}: {error}"))
            .Bind(config => HttpClientInterpreter.Create(config)
                .MapLeft(error => new Problem($"{configPath}: {error}"))
                .Map(http => new BankSession(config, http, new AccountInformationClient(config, http, environment.Time), tokens)));
    }

    /// <inheritdoc />
    public void Dispose() => Http.Dispose();
}
