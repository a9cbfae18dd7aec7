namespace MockAspsp.Domain;

/// <summary>A validated authorisation request: what the PSU is asked to approve.</summary>
public sealed record AuthorizationRequest(
    string ClientId,
    string ConsentId,
    string RedirectUri,
    string? State,
    string Nonce,
    string ResponseType,
    string Scope,
    int? MaxAge);
