using MockAspsp.TestSupport;
using NUnit.Framework;
using OpenBanking.Conformance.Rules;
using OpenBanking.Conformance.Tests.Support;
using OpenBanking.Conformance.Traffic;

namespace OpenBanking.Conformance.Tests.Rules;

/// <summary>
/// The library's requests and the mock bank's answers keep every rule of the catalogue: recorded live from each
/// end-to-end flow (in memory, every client authentication method) and as committed in fixtures/recorded/. A rule
/// added to the catalogue is checked here at once; a regression in the library or the mock fails here.
/// </summary>
public class LibraryAndMockConformanceTests
{
    private static IEnumerable<string> AuthMethods => RecordedFlows.AuthMethods;

    [TestCaseSource(nameof(AuthMethods))]
    public async Task A_live_flow_breaks_no_rule(string authMethod)
    {
        var traffic = await Live(authMethod);

        AssertNoViolation(Checker.Check(traffic, RuleCatalogue.All), traffic);
    }

    [TestCaseSource(nameof(AuthMethods))]
    public void A_committed_fixture_breaks_no_rule(string authMethod)
    {
        var traffic = RecordedFixtures.Read(authMethod);

        AssertNoViolation(Checker.Check(traffic, RuleCatalogue.All), traffic);
    }

    [Test]
    public async Task A_request_that_breaks_a_rule_in_a_live_flow_is_found()
    {
        // The check above is only worth something if it can fail: the same live recording with one request broken.
        var traffic = await Live("private_key_jwt");
        var broken = traffic with
        {
            Exchanges = [.. traffic.Exchanges.Select(e => e.Request.Operation == "GET balances"
                ? e with { Request = e.Request.WithHeader("Authorization", null) }
                : e)],
        };

        var report = Checker.Check(broken, RuleCatalogue.All);

        Assert.That(report.Violations.Select(v => (v.Rule.Id, v.Exchange, v.Path)), Has.Member(("TPP-HDR-001", 7, "$.request.headers.Authorization")));
    }

    private static async Task<RecordedTraffic> Live(string authMethod) =>
        RecordedFixtures.Read(await RecordedFixtures.RecordLive(authMethod), $"live {authMethod} flow");

    private static void AssertNoViolation(CheckReport report, RecordedTraffic traffic)
    {
        Assert.Multiple(() =>
        {
            Assert.That(report.Rules, Has.Count.EqualTo(RuleCatalogue.All.Count).And.Count.GreaterThan(0));
            Assert.That(report.Exchanges, Is.EqualTo(traffic.Exchanges.Count).And.EqualTo(11));
            Assert.That(report.Violations, Is.Empty, () => string.Join("\n", report.Violations.Select(v =>
                $"{v.Rule.Id} at exchange {v.Exchange} ({traffic.Exchanges[v.Exchange - 1].Request.Operation}) {v.Path}: {v.Message}")));
        });
    }
}
