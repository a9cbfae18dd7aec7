using System.Text.Json;
using LanguageExt;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MockAspsp.Hosting;
using OpenBanking.Conformance.Fixtures;
using OpenBanking.Core.Authorization;
using OpenBanking.Core.Configuration;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;
using OpenBanking.Core.Io;

namespace OpenBanking.Cli.Support;

/// <summary>
/// The mock bank started in-process on 127.0.0.1 with HTTPS and required client certificates, for <c>obx demo</c> and
/// <c>obx pay</c>: the library config of one demo client, the mutual-TLS interpreter the library talks through (recording
/// into a fixture when asked), and the PSU's part done headlessly.
/// </summary>
public sealed class EmbeddedBank : IAsyncDisposable
{
    private readonly WebApplication _app;

    private EmbeddedBank(WebApplication app, MockBank bank, ValidatedApiConfig config, HttpClientInterpreter transport, string auth)
    {
        _app = app;
        Bank = bank;
        Config = config;
        Transport = transport;
        Auth = auth;
    }

    /// <summary>The bank.</summary>
    public MockBank Bank { get; }

    /// <summary>The demo client's validated config for <see cref="Auth"/>.</summary>
    public ValidatedApiConfig Config { get; }

    /// <summary>The library's interpreter over real mutual TLS to the bank.</summary>
    public HttpClientInterpreter Transport { get; }

    /// <summary>The client authentication method of the demo client used.</summary>
    public string Auth { get; }

    /// <summary>One grey line about the bank: its issuer, its certificates folder and the client.</summary>
    public string Description =>
        $"[grey]Mock bank {TerminalText.Markup(Bank.Issuer.Value)}, certificates in {TerminalText.Markup(Bank.Pki.Folder)}, client {TerminalText.Markup(Config.ClientId)}[/]";

    /// <summary>
    /// Starts the bank with its certificates in <paramref name="work"/> (default: <c>obx-demo-&lt;user&gt;</c> in the temp folder)
    /// and takes the demo client that authenticates with <paramref name="auth"/>. Payments settle on the bank's clock at
    /// once and complete a second later, so that a payment is followed to its end in about a second.
    /// </summary>
    public static async Task<Either<Problem, EmbeddedBank>> Start(ObxEnvironment environment, string? work, string auth, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(environment);
        // Per user: another user's obx-demo folder in the shared temp folder is not ours to write.
        var folder = work is null ? Path.Combine(Path.GetTempPath(), $"obx-demo-{Environment.UserName}") : environment.Resolve(work);
        var certificates = Path.Combine(folder, "mock-aspsp");
        WebApplication app;
        try
        {
            app = MockAspspApp.Create([], new MockAspspOptions
            {
                Url = "https://127.0.0.1:0",
                CertificatesFolder = certificates,
                SettlementStartSeconds = 0,
                SettlementCompleteSeconds = 1,
            }, environment.Time, configure: builder => builder.Logging.ClearProviders());
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or IOException or UnauthorizedAccessException)
        {
            return new Problem($"the demo's certificates in {certificates} cannot be used ({e.Message.Split('\n')[0]}); delete the folder or choose another with --work");
        }

        await app.StartAsync(cancellation);
        var bank = app.Services.GetRequiredService<MockBank>();
        var registration = bank.Clients.All.First(c => c.Registration.TokenEndpointAuthMethod == auth).Registration;
        var config = DemoConfigs.For(bank, registration).Validate().Match(Right: c => c, Left: e => throw new InvalidOperationException(e.ToString()));
        if (!HttpClientInterpreter.Create(config).TryRight(out var transport, out var error))
        {
            await app.DisposeAsync();
            return new Problem($"the demo's transport certificate: {error}");
        }

        return new EmbeddedBank(app, bank, config, transport, auth);
    }

    /// <summary>
    /// The interpreter a flow sends through: <see cref="Transport"/>, or, with a <paramref name="fixture"/>, a recorder
    /// writing every exchange there (secrets replaced) with the metadata a check needs: the API version (message signing
    /// differs before v3.1.4), the issuer and token endpoint, the base paths, the client's authentication method and the
    /// time of the recording.
    /// </summary>
    public IRequestInterpreter Recording(string? fixture, string tool, ObxEnvironment environment, string psu)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return fixture is null
            ? Transport
            : new FixtureRecorder(Transport, fixture, Metadata(Config, tool, environment.Time.GetUtcNow(), new Dictionary<string, string> { ["psu"] = psu }));
    }

    /// <summary>What a recording of a flow with <paramref name="config"/> says about itself (see <see cref="Recording"/>).</summary>
    public static Dictionary<string, string> Metadata(ValidatedApiConfig config, string tool, DateTimeOffset now, IReadOnlyDictionary<string, string>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            // The version the library speaks when the config names none: the recording's requests are v3.1.11's.
            ["api_version"] = config.ApiVersion ?? "v3.1.11",
            ["aisp_base_path"] = config.AisBasePath,
            ["pisp_base_path"] = config.PisBasePath,
            ["auth_method"] = config.AuthMethod.ToWireName(),
            ["issuer"] = config.Issuer,
            ["token_endpoint"] = config.TokenEndpoint.AbsoluteUri,
            ["recorded_at"] = FixtureDocument.Timestamp(now),
            ["tool"] = tool,
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            metadata[key] = value;
        }

        return metadata;
    }

    /// <summary>
    /// The PSU's part, headless: <paramref name="psu"/> logs in and approves the consent at <paramref name="url"/>, paying
    /// from <paramref name="payFrom"/> for a payment consent (the account chosen at the bank); the redirect URL the bank answers with.
    /// </summary>
    public static EitherAsync<OpenBankingError, string> Approve(
        IRequestInterpreter http, ConsentUrl url, string psu, string? payFrom, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(http);
        return http.Send(Headless(url, psu, payFrom), cancellation).Bind(r => RedirectUrl(r).ToAsync());
    }

    /// <summary>Why the fixture cannot be written, found before the flow starts rather than in its middle.</summary>
    public static Problem? RecordProblem(string fixture)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(fixture)!);
            if (Directory.Exists(fixture))
            {
                return new Problem($"--record: {fixture} is a folder");
            }

            File.AppendAllText(fixture, "");
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Problem($"--record: cannot write {fixture}: {e.Message}");
        }
    }

    /// <summary>The redirect URL the headless approval answers with, or the bank's refusal.</summary>
    public static Either<OpenBankingError, string> RedirectUrl(HttpResponseSpec approval)
    {
        ArgumentNullException.ThrowIfNull(approval);
        if (approval.Status != 200)
        {
            return ResponseErrors.Classify(approval, "headless approval");
        }

        try
        {
            return JsonDocument.Parse(approval.Body).RootElement.GetProperty("redirect_url").GetString() is { } url
                ? url
                : new ParseError("headless approval", "a redirect_url", "$.redirect_url", "it is null");
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return new ParseError("headless approval", "{\"redirect_url\": ...}", "$", "the answer is not that");
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Transport.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static HttpRequestSpec Headless(ConsentUrl url, string psu, string? payFrom) =>
        new("headless approval", HttpMethod.Post, new Uri(url.Url, "/authorize/headless"), [KeyValuePair.Create("Accept", "application/json")],
            new RequestBody.Json(JsonSerializer.Serialize(new
            {
                consent_url = url.Url.AbsoluteUri,
                username = psu,
                password = PsuDirectory.Defaults.Single(p => p.Username == psu).Password,
                accounts = payFrom is null ? null : new[] { payFrom },
            }, HeadlessOptions)));

    private static readonly JsonSerializerOptions HeadlessOptions = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };
}
