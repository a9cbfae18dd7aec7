using NUnit.Framework;
using OpenBanking.Conformance.Rules;
using OpenBanking.Conformance.Tests.Support;

namespace OpenBanking.Conformance.Tests.Rules;

/// <summary>Every rule keeps its passing recording and fails its broken one, at the place it names.</summary>
public class RuleCases
{
    /// <summary>Every case of every rule set: add a set's cases here.</summary>
    public static IEnumerable<RuleCase> All =>
        RequestHeaderRuleCases.Cases
            .Concat(TokenRuleCases.Cases)
            .Concat(AuthorizationRuleCases.Cases)
            .Concat(ConsentRuleCases.Cases)
            .Concat(RequestBodyRuleCases.Cases)
            .Concat(ResponseRuleCases.Cases)
            .Concat(PaymentRuleCases.Cases);

    private static IEnumerable<TestCaseData> Cases => All.Select(c => new TestCaseData(c).SetName($"{c.RuleId} {c.Name}"));

    [TestCaseSource(nameof(Cases))]
    public void The_rule_passes_the_good_recording_and_fails_the_broken_one_where_it_is_broken(RuleCase @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        var rule = RuleCatalogue.Find(@case.RuleId) ?? throw new AssertionException($"no rule {@case.RuleId} in the catalogue");

        var passing = Checker.Check(@case.Passing, [rule]);
        var failing = Checker.Check(@case.Failing, [rule]);

        Assert.Multiple(() =>
        {
            Assert.That(passing.Violations, Is.Empty, "the good recording keeps the rule");
            Assert.That(failing.Violations.Select(v => v.Path), Has.Member(@case.Path), "the broken recording fails it where it is broken");
        });
    }
}
