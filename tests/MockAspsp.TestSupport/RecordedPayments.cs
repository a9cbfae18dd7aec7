using LanguageExt;
using MockAspsp.Hosting;
using OpenBanking.Conformance.Fixtures;
using OpenBanking.Core.Configuration;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Flows;
using OpenBanking.Core.Http;

namespace MockAspsp.TestSupport;

/// <summary>
/// The library's payment flow against the in-memory mock bank, one recording per payment type, recorded by the
/// conformance library's <see cref="FixtureRecorder"/> as <see cref="RecordedFlows"/> records the account flows:
/// fake clock, sequential ids, settlement at once (one reading of the payment is final), the bank's TEST signing key
/// (the id_tokens keep their signatures); every x-jws-signature, the TPP's and the bank's, keeps its header and loses
/// its signature. The committed fixtures/recorded/payment-&lt;type&gt;.json are made by it (see docs/fixtures.md).
/// </summary>
public static class RecordedPayments
{
    /// <summary>The demo client that pays (its signing key signs the x-jws-signatures and the client assertions).</summary>
    public const string Client = "obfx-demo-private-key-jwt";

    /// <summary>The metadata key naming the payment type of a recording.</summary>
    public const string PaymentTypeKey = "payment_type";

    private static readonly Dictionary<string, string> Scripts = new(StringComparer.Ordinal)
    {
        ["domestic"] = "domestic payment",
        ["domestic-scheduled"] = "domestic scheduled payment",
        ["domestic-standing-order"] = "domestic standing order",
        ["international"] = "international payment",
        ["international-scheduled"] = "international scheduled payment",
        ["international-standing-order"] = "international standing order",
        ["file"] = "file payment",
    };

    /// <summary>The seven payment types of the Payment Initiation API, one recording each.</summary>
    public static IReadOnlyList<string> Types { get; } = [.. Scripts.Keys];

    /// <summary>The fixture's name (without .json) of <paramref name="type"/>: <c>payment-domestic</c>.</summary>
    public static string FixtureName(string type) => $"payment-{type}";

    /// <summary>The <see cref="PaymentScript"/> of <paramref name="type"/>, on the recording's day.</summary>
    public static PaymentScript.Script Script(string type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return PaymentScript.Named(Scripts[type], TestBank.Start);
    }

    /// <summary>The bank's options for the recordings: payments settle as soon as they are made.</summary>
    public static MockAspspOptions SettleAtOnce(MockAspspOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options with { SettlementStartSeconds = 0, SettlementCompleteSeconds = 0 };
    }

    /// <summary>Runs the payment of <paramref name="type"/> in memory and records it into <paramref name="path"/>.</summary>
    public static async Task<Either<OpenBankingError, PaymentScript.Ending>> RecordAsync(string type, string path)
    {
        var script = Script(type);
        await using var bank = await TestBank.StartAsync(SettleAtOnce);
        var raw = RawConfig(bank);
        var config = raw.Validate().Match(Right: c => c, Left: e => throw new InvalidOperationException(e.ToString()));
        using var http = bank.Interpreter(bank.Transport);
        var recorder = new FixtureRecorder(http, path, Metadata(raw, config, type),
            FixtureOptions.KeepIdTokenSignatures(RecordedFlows.TestKeyFile) with { Clock = bank.Time });
        var client = new PaymentClient(config, recorder, bank.Time, IdSource.Sequential());
        return await script.Pay(client, recorder, RecordedFlows.Psu, TimeSpan.Zero).ToEither();
    }

    /// <summary>
    /// The demo client's configuration for the payment recordings: the scopes of that flow only (<c>openid payments</c>),
    /// and no wait between attempts of a submission (none is retried in a recording, but nothing should sleep).
    /// </summary>
    public static ApiConfig RawConfig(TestBank bank)
    {
        ArgumentNullException.ThrowIfNull(bank);
        return DemoConfigs.For(bank.Bank, bank.Bank.Clients.Find(Client)!.Registration) with
        {
            Scope = "openid payments",
            SubmissionRetryDelay = TimeSpan.Zero,
        };
    }

    /// <summary>
    /// What a payment recording says of itself: all an account recording says (<see cref="RecordedFlows.Metadata"/>),
    /// and what the payment rules and a replay need — the payment type, the PISP base path, the scope, the x-jws-signature
    /// issuer's parts and trust anchor, and the bank's organisation id its response signatures carry. No
    /// <c>client_jwks</c>: the x-jws-signatures are scrubbed, so there is no signature for TPP-JWS-009 to verify.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Metadata(ApiConfig raw, ValidatedApiConfig config, string type)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(config);
        return new Dictionary<string, string>(RecordedFlows.Metadata(config), StringComparer.Ordinal)
        {
            [PaymentTypeKey] = type,
            ["api_version"] = config.ApiVersion ?? "v3.1.11",
            ["pisp_base_path"] = config.PisBasePath,
            ["scope"] = string.Join(' ', config.Scopes),
            ["org_id"] = raw.OrgId ?? "",
            ["software_statement_id"] = raw.SoftwareStatementId ?? "",
            ["jws_tan"] = config.JwsTrustAnchor,
            ["aspsp_org_id"] = config.AspspOrgId ?? "",
            ["tool"] = "MockAspsp.TestSupport.RecordedPayments (the in-memory mock bank)",
        };
    }
}
