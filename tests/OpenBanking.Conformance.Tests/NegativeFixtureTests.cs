using System.Text.Json.Nodes;
using NUnit.Framework;
using OpenBanking.Conformance.Fixtures;
using OpenBanking.Conformance.Rules;
using OpenBanking.Conformance.Tests.Support;
using OpenBanking.Conformance.Traffic;
using OpenBanking.TestSupport;

namespace OpenBanking.Conformance.Tests;

/// <summary>
/// fixtures/negative: known-bad TPP request sequences, each listing in <c>expected_violations</c> exactly what the whole
/// rule catalogue must find — no more (the rest of the recording is clean), no less.
/// </summary>
public class NegativeFixtureTests
{
    private static IEnumerable<TestCaseData> Fixtures =>
        Directory.GetFiles(Repository.PathOf("fixtures/negative"), "*.json").Order(StringComparer.Ordinal)
            .Select(f => new TestCaseData(f).SetName(Path.GetFileNameWithoutExtension(f)));

    [Test]
    public void There_are_negative_fixtures() => Assert.That(Fixtures.Count(), Is.GreaterThanOrEqualTo(7));

    [TestCaseSource(nameof(Fixtures))]
    public void A_negative_fixture_produces_exactly_its_expected_violations(string file)
    {
        var text = File.ReadAllText(file);
        var traffic = EitherAssert.Right(FixtureReader.Read(text, file));
        var document = JsonNode.Parse(text)!;
        var expected = document["expected_violations"]!.AsArray()
            .Select(v => $"{v!["rule"]!.GetValue<string>()} #{v["exchange"]!.GetValue<int>()} {v["path"]!.GetValue<string>()}")
            .Order(StringComparer.Ordinal)
            .ToList();

        var report = Checker.Check(traffic);

        Assert.Multiple(() =>
        {
            Assert.That(document["description"]?.GetValue<string>(), Is.Not.Null.And.Not.Empty, "says what mistake it shows");
            Assert.That(expected, Is.Not.Empty);
            Assert.That(report.Violations.Select(v => $"{v.Rule.Id} #{v.Exchange} {v.Path}").Order(StringComparer.Ordinal), Is.EqualTo(expected),
                string.Join("\n", report.Violations.Select(v => $"{v.Rule.Id} #{v.Exchange} {v.Path}: {v.Message}")));
        });
    }
}
