namespace OpenBanking.Conformance.Fixtures;

/// <summary>
/// How a fixture is recorded: what scrubbing keeps (<see cref="Scrubbing"/>, by default no secret and no signature,
/// see <see cref="Secrets"/>) and the clock that times exchanges (the system clock by default).
/// </summary>
public sealed record FixtureOptions
{
    /// <summary>The metadata key that says a fixture kept its id_token signatures, and with which test key they verify.</summary>
    public const string IdTokenSignaturesKey = "id_token_signatures";

    /// <summary>Nothing kept, system clock.</summary>
    public static FixtureOptions Default { get; } = new();

    /// <summary>What scrubbing keeps (<see cref="SecretPolicy.Default"/>: nothing); all that <see cref="Secrets"/> is given.</summary>
    public SecretPolicy Scrubbing { get; init; } = SecretPolicy.Default;

    /// <summary>
    /// When set, id_tokens keep their signatures (they are stripped otherwise); the text names the bank's TEST key
    /// that signed them and is written into the fixture's metadata as <see cref="IdTokenSignaturesKey"/>. An id_token
    /// is not a credential, but its signature proves the bank said it: keep signatures only when recording against a
    /// bank whose signing key is a published test key (the in-memory mock bank of the tests), never a real bank.
    /// Client assertions and request objects always lose theirs.
    /// </summary>
    public string? IdTokenTestKey => Scrubbing.IdTokenTestKey;

    /// <summary>The clock that times exchanges (<c>elapsed_ms</c>): a fake clock makes every elapsed time 0, so recordings repeat byte for byte.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>True when id_token signatures are kept.</summary>
    public bool KeepsIdTokenSignatures => Scrubbing.KeepsIdTokenSignatures;

    /// <summary>Options that keep id_token signatures made with the TEST key <paramref name="testKey"/> (a file name or description).</summary>
    public static FixtureOptions KeepIdTokenSignatures(string testKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(testKey);
        return new FixtureOptions { Scrubbing = new SecretPolicy(testKey) };
    }

    /// <summary><paramref name="metadata"/> with what these options keep stated in it.</summary>
    public IReadOnlyDictionary<string, string> Describe(IReadOnlyDictionary<string, string> metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        if (IdTokenTestKey is null)
        {
            return metadata;
        }

        return new Dictionary<string, string>(metadata, StringComparer.Ordinal)
        {
            [IdTokenSignaturesKey] = $"kept: signed with the TEST key {IdTokenTestKey}, never a real bank's key",
        };
    }
}
