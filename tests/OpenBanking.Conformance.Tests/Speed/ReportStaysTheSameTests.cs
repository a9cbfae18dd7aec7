using ApprovalTests;
using ApprovalTests.Reporters;
using NUnit.Framework;
using OpenBanking.Conformance.Reports;
using OpenBanking.Conformance.Rules;
using OpenBanking.Conformance.Tests.Support;

namespace OpenBanking.Conformance.Tests.Speed;

/// <summary>
/// Checking faster must not check differently: the whole report (every violation, its exchange, path and words) on a
/// big recording with violations of every kind — every committed fixture, three times over — is the one approved,
/// which the checker made before the per-recording facts (docs/check.md, Speed).
/// </summary>
[UseReporter(typeof(QuietReporter))]
public class ReportStaysTheSameTests
{
    [Test]
    public void The_report_on_every_fixture_three_times_over_is_the_approved_one()
    {
        var traffic = Concatenated.Of(Concatenated.Committed, 3, "every-fixture-three-times.json");

        var report = Checker.Check(traffic);

        Assert.That(report.Violations, Has.Count.GreaterThan(30), "the recording breaks many rules, so the comparison means something");
        Approvals.Verify(ReportWriter.Write(ReportFormat.Json, [report]));
    }
}
