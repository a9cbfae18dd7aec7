using MockAspsp.Hosting;

namespace MockAspsp.Features.OAuth;

/// <summary>A client that proved who it is at the token endpoint.</summary>
/// <param name="Client">The client.</param>
/// <param name="AssertionId">The jti of its client assertion (private_key_jwt), to be recorded so it is never accepted again.</param>
/// <param name="AssertionAcceptedUntil">
/// The last moment the bank would still accept that assertion — its exp plus the clock skew — and so how long its jti
/// must be remembered: forgotten any sooner, the same assertion could be replayed in between.
/// </param>
public sealed record AuthenticatedClient(KnownClient Client, string? AssertionId = null, DateTimeOffset? AssertionAcceptedUntil = null);
