using LanguageExt;
using OpenBanking.Conformance.Fixtures;
using OpenBanking.Core.Configuration;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Flows;
using OpenBanking.Core.Http;
using OpenBanking.Core.Io;
using OpenBanking.Core.Protocol;

namespace MockAspsp.TestSupport;

/// <summary>
/// The library's whole account-information flow against the in-memory mock bank, recorded by Core's
/// <see cref="FixtureRecorder"/>: one recording per client authentication method, deterministic (fake clock,
/// sequential ids, the bank's TEST signing key) except for the PS256 signatures of the id_tokens, which are kept.
/// The committed fixtures/recorded/&lt;auth-method&gt;.json are made by it (see docs/fixtures.md).
/// </summary>
public static class RecordedFlows
{
    /// <summary>The PSU who approves.</summary>
    public const string Psu = "amelia";

    /// <summary>Where the TEST key that signed the kept id_tokens lives, as the fixtures' metadata names it.</summary>
    public const string TestKeyFile = "fixtures/recorded/" + TestPki.BankSigningTestKey;

    /// <summary>The four client authentication methods, one recording each.</summary>
    public static IReadOnlyList<string> AuthMethods { get; } = ["client_secret_basic", "client_secret_post", "private_key_jwt", "tls_client_auth"];

    /// <summary>The demo client registered for <paramref name="authMethod"/>.</summary>
    public static string ClientId(string authMethod)
    {
        ArgumentNullException.ThrowIfNull(authMethod);
        return $"obfx-demo-{authMethod.Replace('_', '-')}";
    }

    /// <summary>Runs the flow for <paramref name="authMethod"/> in memory and records it into <paramref name="path"/>.</summary>
    public static async Task<Either<OpenBankingError, FlowScript.Outcome>> RecordAsync(string authMethod, string path)
    {
        await using var bank = await TestBank.StartAsync();
        var config = Config(bank, authMethod);
        using var http = bank.Interpreter(bank.Transport);
        var recorder = new FixtureRecorder(http, path, Metadata(config),
            FixtureOptions.KeepIdTokenSignatures(TestKeyFile) with { Clock = bank.Time });
        var client = new AccountInformationClient(config, recorder, bank.Time, IdSource.Sequential());
        return await FlowScript.Run(client, recorder, Psu, TestBank.Start).ToEither();
    }

    /// <summary>
    /// The demo client's configuration for the account-information recordings: the scopes of that flow only
    /// (<c>openid accounts</c>), though the demo client may also initiate payments — a recording of an account flow
    /// replays with a configuration that asks for accounts alone.
    /// </summary>
    public static ValidatedApiConfig Config(TestBank bank, string authMethod)
    {
        ArgumentNullException.ThrowIfNull(bank);
        return MockAspsp.Hosting.DemoConfigs.For(bank.Bank, bank.Bank.Clients.Find(ClientId(authMethod))!.Registration)
            .With(config => config with { Scope = "openid accounts" });
    }

    /// <summary>
    /// What a recording says of itself: the API, the client (everything but its secrets and keys, so a replay can
    /// configure the library the same way), the PSU and the time.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Metadata(ValidatedApiConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["api_version"] = "v3.1.11",
            ["aisp_base_path"] = config.AisBasePath,
            ["auth_method"] = config.AuthMethod.ToWireName(),
            ["issuer"] = config.Issuer,
            ["client_id"] = config.ClientId,
            ["authorization_endpoint"] = config.AuthorizationEndpoint.OriginalString,
            ["token_endpoint"] = config.TokenEndpoint.OriginalString,
            ["resource_endpoint"] = config.ResourceEndpoint.OriginalString,
            ["jwks_uri"] = config.JwksUri?.OriginalString ?? "",
            ["redirect_uri"] = config.RedirectUri,
            ["kid"] = config.Signer?.KeyId ?? "",
            ["signing_alg"] = config.Signer?.Algorithm ?? JwsAlgorithms.PS256,
            ["psu"] = Psu,
            ["recorded_at"] = FixtureDocument.Timestamp(TestBank.Start),
            ["tool"] = "MockAspsp.TestSupport.RecordedFlows (the in-memory mock bank)",
        };
    }
}
