namespace MockAspsp.Domain;

/// <summary>A PSU's visit to the authorisation page: the validated request, when it began, and who logged in (once they have).</summary>
public sealed record BrowserSession(AuthorizationRequest Request, DateTimeOffset Started, string? Customer = null);
