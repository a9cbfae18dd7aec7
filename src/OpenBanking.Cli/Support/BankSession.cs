using LanguageExt;
using OpenBanking.Core.Configuration;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Flows;
using OpenBanking.Core.Http;
using OpenBanking.Core.Io;

namespace OpenBanking.Cli.Support;

/// <summary>A bank configuration loaded and checked, its mTLS interpreter, and the library's client over it.</summary>
public sealed class BankSession : IDisposable
{
    private readonly RetryAfterNote _retryAfter;

    private BankSession(ValidatedApiConfig config, HttpClientInterpreter http, IRequestInterpreter sent, TimeProvider time, string tokensPath)
    {
        Config = config;
        Http = http;
        _retryAfter = new RetryAfterNote(sent);
        Client = new AccountInformationClient(config, _retryAfter, time);
        Payments = new PaymentClient(config, _retryAfter, time);
        TokensPath = tokensPath;
    }

    /// <summary>The configuration.</summary>
    public ValidatedApiConfig Config { get; }

    /// <summary>The interpreter (owns the connection pool).</summary>
    public HttpClientInterpreter Http { get; }

    /// <summary>The library's client.</summary>
    public AccountInformationClient Client { get; }

    /// <summary>The library's payment client, over the same interpreter.</summary>
    public PaymentClient Payments { get; }

    /// <summary>Where this bank's tokens are stored.</summary>
    public string TokensPath { get; }

    /// <summary>
    /// Loads <paramref name="configPath"/> (every problem at once) and its PEM files. The tokens live beside the config as
    /// <c>&lt;name&gt;.tokens.json</c> unless <paramref name="tokensPath"/> says otherwise. The clients send through
    /// <paramref name="decorate"/> of the interpreter when given (e.g. a recorder), given the validated config.
    /// </summary>
    public static Either<Problem, BankSession> Open(
        ObxEnvironment environment, string configPath, string? tokensPath = null, Func<ValidatedApiConfig, IRequestInterpreter, IRequestInterpreter>? decorate = null)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var path = environment.Resolve(configPath);
        var tokens = tokensPath is null ? Path.ChangeExtension(path, ".tokens.json") : environment.Resolve(tokensPath);
        return ConfigFile.Load(path)
            .MapLeft(error => new Problem($"{configPath}: {error}"))
            .Bind(config => HttpClientInterpreter.Create(config)
                .MapLeft(error => new Problem($"{configPath}: {error}"))
                .Map(http => new BankSession(config, http, decorate?.Invoke(config, http) ?? http, environment.Time, tokens)));
    }

    /// <summary>The one-line problem for a failed <paramref name="step"/>, with the wait the bank asked for, if it asked.</summary>
    public Problem Problem(OpenBankingError error, string step) => WithRetryAfter(Support.Problem.From(error, step));

    /// <summary><paramref name="problem"/> with the wait the bank asked for, if it asked.</summary>
    public Problem WithRetryAfter(Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return new(problem.Message + _retryAfter.Hint());
    }

    /// <inheritdoc />
    public void Dispose() => Http.Dispose();
}
