using System.Text.RegularExpressions;
using MockAspsp.TestSupport;
using NUnit.Framework;
using OpenBanking.Conformance.Fixtures;
using OpenBanking.Conformance.Traffic;
using OpenBanking.TestSupport;

namespace OpenBanking.Conformance.Tests.Support;

/// <summary>The committed recordings in fixtures/recorded/ at the repository's root, found from the test's folder.</summary>
public static partial class RecordedFixtures
{
    /// <summary>The environment variable that makes the recording test write the fixtures instead of checking them.</summary>
    public const string RecordVariable = "OBFX_RECORD_FIXTURES";

    private static readonly Lazy<string> Root = new(() =>
    {
        for (var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "OpenBanking.Fx.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"no OpenBanking.Fx.sln above {TestContext.CurrentContext.TestDirectory}: the fixtures are read from the source tree");
    });

    /// <summary>True when the fixtures are to be written (<c>OBFX_RECORD_FIXTURES=1</c>).</summary>
    public static bool Recording => Environment.GetEnvironmentVariable(RecordVariable) == "1";

    /// <summary>fixtures/recorded/.</summary>
    public static string Folder => Path.Combine(Root.Value, "fixtures", "recorded");

    /// <summary>The fixture of <paramref name="authMethod"/>.</summary>
    public static string PathOf(string authMethod) => Path.Combine(Folder, $"{authMethod}.json");

    /// <summary>The fixture of <paramref name="authMethod"/>, read.</summary>
    public static RecordedTraffic Read(string authMethod) => Read(PathOf(authMethod), $"fixtures/recorded/{authMethod}.json");

    /// <summary>A fixture file, read; a problem fails the test.</summary>
    public static RecordedTraffic Read(string path, string source) => FixtureReader.Read(File.ReadAllText(path), source).Right();

    /// <summary>Records the flow of <paramref name="authMethod"/> live against the in-memory bank into a new temporary file, and returns its path.</summary>
    public static Task<string> RecordLive(string authMethod) => RecordLive(authMethod, path => RecordedFlows.RecordAsync(authMethod, path));

    /// <summary>Records the payment of <paramref name="type"/> live against the in-memory bank into a new temporary file, and returns its path.</summary>
    public static Task<string> RecordLivePayment(string type) => RecordLive(RecordedPayments.FixtureName(type), path => RecordedPayments.RecordAsync(type, path));

    /// <summary>The fixture of the payment type <paramref name="type"/> (fixtures/recorded/payment-&lt;type&gt;.json).</summary>
    public static string PathOfPayment(string type) => PathOf(RecordedPayments.FixtureName(type));

    /// <summary>The fixture of the payment type <paramref name="type"/>, read.</summary>
    public static RecordedTraffic ReadPayment(string type) => Read(RecordedPayments.FixtureName(type));

    /// <summary>A payment recording's submission: the POST of a payment resource (not of a consent), which names its consent.</summary>
    public static Exchange Submission(RecordedTraffic traffic)
    {
        ArgumentNullException.ThrowIfNull(traffic);
        return traffic.Exchanges.Single(e => Endpoints.Endpoint.Of(e.Request, traffic).Operation is { Api: "pisp", Method: "POST" } operation
            && operation.Template.LastIndexOf('/') == 0 && !operation.Template.EndsWith("-consents", StringComparison.Ordinal));
    }

    private static async Task<string> RecordLive<T>(string name, Func<string, Task<LanguageExt.Either<Core.Errors.OpenBankingError, T>>> record)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("obfx-live-").FullName, $"{name}.json");
        var outcome = await record(path);
        Assert.That(outcome.IsRight, Is.True, () => $"the live {name} flow failed: {outcome.Left()}");
        return path;
    }

    /// <summary>
    /// A fixture's text with every JWS signature replaced by <c>&lt;signature&gt;</c>: two recordings of the same flow are
    /// then equal, since PS256 signatures are randomised and everything else is deterministic.
    /// </summary>
    public static string WithoutSignatures(string text) => Jws().Replace(text, m => $"{m.Groups["signed"].Value}.<signature>");

    [GeneratedRegex(@"(?<signed>eyJ[A-Za-z0-9_-]*\.eyJ[A-Za-z0-9_-]*)\.[A-Za-z0-9_-]+")]
    private static partial Regex Jws();
}
