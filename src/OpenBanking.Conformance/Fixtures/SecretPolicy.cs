namespace OpenBanking.Conformance.Fixtures;

/// <summary>
/// What <see cref="Secrets"/> keeps that it would otherwise remove: by default nothing. The policy is only this; the
/// clock that times a recording belongs to <see cref="FixtureOptions"/>, not here, so scrubbing stays a pure function.
/// </summary>
/// <param name="IdTokenTestKey">
/// When set, id_tokens keep their signatures (they are stripped otherwise); the text names the bank's TEST key that
/// signed them. See <see cref="FixtureOptions.KeepIdTokenSignatures"/>.
/// </param>
public sealed record SecretPolicy(string? IdTokenTestKey = null)
{
    /// <summary>Nothing kept.</summary>
    public static SecretPolicy Default { get; } = new();

    /// <summary>True when id_token signatures are kept.</summary>
    public bool KeepsIdTokenSignatures => IdTokenTestKey is not null;
}
