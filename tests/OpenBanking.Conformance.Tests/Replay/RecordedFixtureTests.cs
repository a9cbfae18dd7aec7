using MockAspsp.TestSupport;
using NUnit.Framework;
using OpenBanking.Conformance.Tests.Support;

namespace OpenBanking.Conformance.Tests.Replay;

/// <summary>
/// fixtures/recorded/&lt;auth-method&gt;.json and payment-&lt;type&gt;.json are what the library's flows against the in-memory mock bank record today.
/// Normally this checks it (a change in the library's requests or the mock's answers fails here, and says to
/// re-record); with <c>OBFX_RECORD_FIXTURES=1</c> it writes the fixtures instead (docs/fixtures.md).
/// </summary>
public class RecordedFixtureTests
{
    private static IEnumerable<string> AuthMethods => RecordedFlows.AuthMethods;

    private static IEnumerable<string> PaymentTypes => RecordedPayments.Types;

    [TestCaseSource(nameof(AuthMethods))]
    public async Task The_committed_fixture_is_what_the_flow_records_today(string authMethod) =>
        SameAsCommitted(authMethod, await RecordedFixtures.RecordLive(authMethod));

    [TestCaseSource(nameof(PaymentTypes))]
    public async Task The_committed_payment_fixture_is_what_the_payment_records_today(string type) =>
        SameAsCommitted(RecordedPayments.FixtureName(type), await RecordedFixtures.RecordLivePayment(type));

    /// <summary>fixtures/recorded/<paramref name="name"/>.json is the <paramref name="fresh"/> recording, signatures aside; written first when recording.</summary>
    private static void SameAsCommitted(string name, string fresh)
    {
        var committed = RecordedFixtures.PathOf(name);
        if (RecordedFixtures.Recording)
        {
            Directory.CreateDirectory(RecordedFixtures.Folder);
            File.Copy(fresh, committed, overwrite: true);
            TestContext.Out.WriteLine($"recorded {committed}");
        }

        Assert.That(File.Exists(committed), Is.True, $"{committed} is missing: record it with {RecordedFixtures.RecordVariable}=1 (docs/fixtures.md)");
        var expected = RecordedFixtures.WithoutSignatures(File.ReadAllText(committed)).Split('\n');
        var actual = RecordedFixtures.WithoutSignatures(File.ReadAllText(fresh)).Split('\n');
        var first = Enumerable.Range(0, Math.Max(expected.Length, actual.Length))
            .FirstOrDefault(i => i >= expected.Length || i >= actual.Length || expected[i] != actual[i], -1);
        Assert.That(first, Is.EqualTo(-1), () =>
            $"fixtures/recorded/{name}.json differs from today's recording from line {first + 1}:\n"
            + $"  committed: {(first < expected.Length ? expected[first].Trim() : "(end of file)")}\n"
            + $"  today:     {(first < actual.Length ? actual[first].Trim() : "(end of file)")}\n"
            + $"If the change is intended, re-record with {RecordedFixtures.RecordVariable}=1 and review the diff (docs/fixtures.md).");
    }
}
