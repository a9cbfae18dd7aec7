using System.Collections.Immutable;

namespace MockAspsp.Domain;

/// <summary>
/// Everything the mock bank remembers, as one immutable value. A request that fails leaves the store
/// holding the very same instance, which is how tests prove a bad input changed nothing.
/// </summary>
public sealed record BankState
{
    /// <summary>The empty bank.</summary>
    public static BankState Empty { get; } = new();

    /// <summary>Consents by id.</summary>
    public ImmutableDictionary<string, Consent> Consents { get; init; } = ImmutableDictionary<string, Consent>.Empty;

    /// <summary>Access tokens by value.</summary>
    public ImmutableDictionary<string, AccessToken> AccessTokens { get; init; } = ImmutableDictionary<string, AccessToken>.Empty;

    /// <summary>Refresh tokens by value.</summary>
    public ImmutableDictionary<string, RefreshToken> RefreshTokens { get; init; } = ImmutableDictionary<string, RefreshToken>.Empty;

    /// <summary>Authorisation codes by value.</summary>
    public ImmutableDictionary<string, AuthorizationCode> Codes { get; init; } = ImmutableDictionary<string, AuthorizationCode>.Empty;

    /// <summary>Client assertion ids seen, with when they expire (a jti is never accepted twice).</summary>
    public ImmutableDictionary<string, DateTimeOffset> UsedAssertionIds { get; init; } = ImmutableDictionary<string, DateTimeOffset>.Empty;

    /// <summary>Authorisation requests waiting for a PSU in a browser, by session id.</summary>
    public ImmutableDictionary<string, BrowserSession> BrowserSessions { get; init; } = ImmutableDictionary<string, BrowserSession>.Empty;
}
