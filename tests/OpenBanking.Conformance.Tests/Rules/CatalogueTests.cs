using System.Text.RegularExpressions;
using NUnit.Framework;
using OpenBanking.Conformance.Rules;

namespace OpenBanking.Conformance.Tests.Rules;

public partial class CatalogueTests
{
    [Test]
    public void Every_rule_has_a_passing_and_a_failing_case()
    {
        var covered = RuleCases.All.Select(c => c.RuleId).ToHashSet();

        Assert.That(RuleCatalogue.All.Select(r => r.Info.Id).Where(id => !covered.Contains(id)), Is.Empty, "rules without a case in RuleCases.All");
    }

    [Test]
    public void Rule_ids_are_unique_well_formed_and_every_rule_says_where_it_comes_from_and_what_to_change()
    {
        var ids = RuleCatalogue.All.Select(r => r.Info.Id).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(ids, Is.Unique);
            Assert.That(ids, Is.All.Matches(RuleId()));
            Assert.That(RuleCatalogue.All.Where(r => r.Info.Reference.Length == 0 || r.Info.Advice.Length == 0 || r.Info.Title.Length == 0).Select(r => r.Info.Id), Is.Empty);
        });
    }

    [GeneratedRegex("^(TPP|ASPSP)-[A-Z]{2,4}-[0-9]{3}$")]
    private static partial Regex RuleId();
}
