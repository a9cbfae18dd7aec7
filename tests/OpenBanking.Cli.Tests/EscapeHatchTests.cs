using System.Text.RegularExpressions;
using NUnit.Framework;

namespace OpenBanking.Cli.Tests;

/// <summary>
/// The Left of an Either is handled, never unwrapped into a null: no LanguageExt <c>...Unsafe</c> call
/// (<c>MatchUnsafe</c>, <c>IfNoneUnsafe</c>, ...) and no <c>Match(..., Left: _ => null!)</c> in the CLI, the mock bank
/// and the conformance harness.
/// </summary>
public partial class EscapeHatchTests
{
    // The library's Flows join this list once their rewrite lands.
    private static readonly string[] Folders = ["src/OpenBanking.Core", "src/OpenBanking.Cli", "src/MockAspsp", "src/OpenBanking.Conformance", "src/OpenBanking.DevTools"];

    [Test]
    public void No_source_file_unwraps_an_either_or_option_unsafely()
    {
        var root = RepositoryRoot();

        var found = Folders
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(path => Hatches(File.ReadAllText(path)).Select(hatch => $"{Path.GetRelativePath(root, path)}: {hatch}"))
            .ToList();

        Assert.That(found, Is.Empty);
    }

    [TestCase("var x = e.MatchUnsafe(Right: v => v, Left: _ => null);")]
    [TestCase("var x = o.IfNoneUnsafe(default(string));")]
    [TestCase("using var s = opened.Match(Right: s => s, Left: _ => null!);")]
    [TestCase("var s = opened.Match(\n    Right: s => s,\n    Left: _ => null!);")]
    public void The_check_finds_an_unsafe_unwrap(string code)
    {
        var found = Hatches(code);

        Assert.That(found, Is.Not.Empty);
    }

    [TestCase("if (!opened.TryRight(out var session, out var problem)) { return problem.Report(error); }")]
    [TestCase("var parse = parse.GetValue(config)!; var n = e.Match(Right: _ => 0, Left: p => p.Report(error));")]
    public void The_check_passes_a_handled_left(string code)
    {
        var found = Hatches(code);

        Assert.That(found, Is.Empty);
    }

    private static IEnumerable<string> Hatches(string source) =>
        UnsafeCall().Matches(source).Select(m => m.Value)
            .Concat(source.Split(';').Where(statement => statement.Contains("Match", StringComparison.Ordinal) && statement.Contains("null!", StringComparison.Ordinal))
                .Select(statement => statement.Trim()));

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "OpenBanking.Fx.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No OpenBanking.Fx.sln above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex(@"\b[A-Za-z]+Unsafe\s*[(<]")]
    private static partial Regex UnsafeCall();
}
