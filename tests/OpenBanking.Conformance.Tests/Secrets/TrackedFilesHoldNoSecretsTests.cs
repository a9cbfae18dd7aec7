using System.Security.Cryptography;
using NUnit.Framework;
using OpenBanking.Conformance.Tests.Support;
using OpenBanking.TestSupport;

namespace OpenBanking.Conformance.Tests.Secrets;

/// <summary>
/// Every fixture and approved snapshot in the repository is scanned for token-, key- and assertion-shaped strings: what
/// the scrubbers missed, or a file written by hand, fails here. The published TEST keys are the only allowance.
/// </summary>
public sealed class TrackedFilesHoldNoSecretsTests
{
    /// <summary>The public halves of the published TEST keys in fixtures/ (the mock bank's id_token key, kept so replays verify).</summary>
    public static IReadOnlyList<AsymmetricAlgorithm> TestKeys() =>
        [.. Directory.EnumerateFiles(Repository.PathOf("fixtures"), SecretShapes.TestKeyPrefix + "*.pem", SearchOption.AllDirectories)
            .Select(file => SecretShapes.PublicKeyFromPem(File.ReadAllText(file)))];

    private static IEnumerable<string> FixturesAndApprovedFiles() =>
        Directory.EnumerateFiles(Repository.PathOf("fixtures"), "*", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Repository.PathOf("tests"), "*.approved.*", SearchOption.AllDirectories))
            .Where(file => !file.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal);

    [Test]
    public void The_scan_covers_every_fixture_and_approved_snapshot()
    {
        var files = FixturesAndApprovedFiles().Select(file => Path.GetRelativePath(Repository.Root, file)).ToList();

        Assert.That(files, Has.Some.StartsWith("fixtures/recorded/").And.Some.StartsWith("fixtures/negative/").And.Some.StartsWith("fixtures/spec-shaped/")
            .And.Some.Contains(".approved."));
        Assert.That(TestKeys(), Has.Count.GreaterThanOrEqualTo(1), "the published TEST key the recorded id_tokens are signed with");
    }

    [Test]
    public void No_fixture_or_approved_snapshot_holds_a_token_key_or_assertion()
    {
        var keys = TestKeys();

        var findings = FixturesAndApprovedFiles()
            .SelectMany(file => SecretShapes.Find(Path.GetRelativePath(Repository.Root, file), File.ReadAllText(file), keys))
            .ToList();

        Assert.That(findings, Is.Empty, () => string.Join("\n", findings));
    }
}
