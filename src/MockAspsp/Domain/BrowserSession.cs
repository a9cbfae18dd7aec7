namespace MockAspsp.Domain;

/// <summary>A PSU's visit to the authorisation page: the validated request, and who logged in (once they have).</summary>
public sealed record BrowserSession(AuthorizationRequest Request, string? Customer = null);
