using MockAspsp.Hosting;

namespace MockAspsp.Features.OAuth;

/// <summary>A client that proved who it is at the token endpoint.</summary>
/// <param name="Client">The client.</param>
/// <param name="AssertionId">The jti of its client assertion (private_key_jwt), to be recorded so it is never accepted again.</param>
/// <param name="AssertionExpiry">When that assertion expires.</param>
public sealed record AuthenticatedClient(KnownClient Client, string? AssertionId = null, DateTimeOffset? AssertionExpiry = null);
