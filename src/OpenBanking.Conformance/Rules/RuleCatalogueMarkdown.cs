using System.Text;

namespace OpenBanking.Conformance.Rules;

/// <summary>The rule catalogue as a Markdown table: the README's list is this text, so it cannot drift from the code.</summary>
public static class RuleCatalogueMarkdown
{
    /// <summary>Where the table starts in a document.</summary>
    public const string Begin = "<!-- rule catalogue: generated from RuleCatalogue.All; do not edit by hand -->";

    /// <summary>Where the table ends.</summary>
    public const string End = "<!-- end of rule catalogue -->";

    /// <summary>One row per rule: id, severity, what it requires, where it comes from.</summary>
    public static string Table(IEnumerable<Rule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var text = new StringBuilder()
            .Append("| id | severity | rule | source |\n")
            .Append("|---|---|---|---|\n");
        foreach (var rule in rules)
        {
            text.Append($"| `{rule.Info.Id}` | {rule.Info.Severity.ToString().ToLowerInvariant()} | {Cell(rule.Info.Title)} | {Cell(rule.Info.Reference)} |\n");
        }

        return text.ToString();
    }

    /// <summary><paramref name="document"/> with the text between <see cref="Begin"/> and <see cref="End"/> replaced by the table; null when the markers are missing.</summary>
    public static string? Replace(string document, IEnumerable<Rule> rules)
    {
        ArgumentNullException.ThrowIfNull(document);
        var begin = document.IndexOf(Begin, StringComparison.Ordinal);
        var end = document.IndexOf(End, StringComparison.Ordinal);
        return begin < 0 || end < begin ? null : $"{document[..(begin + Begin.Length)]}\n{Table(rules)}{document[end..]}";
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
