using NUnit.Framework;
using OpenBanking.Conformance.Rules;
using OpenBanking.Conformance.Tests.Support;

namespace OpenBanking.Conformance.Tests.Rules;

/// <summary>The README lists the rule catalogue as the code has it.</summary>
public class ReadmeCatalogueTests
{
    [Test]
    public void The_readme_rule_table_is_the_catalogue()
    {
        var path = Repository.PathOf("README.md");
        var readme = File.ReadAllText(path).ReplaceLineEndings("\n");
        var current = RuleCatalogueMarkdown.Replace(readme, RuleCatalogue.All);
        Assert.That(current, Is.Not.Null, $"README.md has no {RuleCatalogueMarkdown.Begin} … {RuleCatalogueMarkdown.End} section");

        if (current != readme && Environment.GetEnvironmentVariable("OBFX_UPDATE_README") == "1")
        {
            File.WriteAllText(path, current);
            readme = current;
        }

        Assert.That(readme, Is.EqualTo(current),
            "README.md's rule table differs from RuleCatalogue.All: run OBFX_UPDATE_README=1 dotnet test tests/OpenBanking.Conformance.Tests --filter The_readme_rule_table_is_the_catalogue, then review and commit README.md");
    }
}
