using MockAspsp.Domain;

namespace MockAspsp.Features.OAuth;

/// <summary>The PSU's answer: approved (with the code issued) or declined.</summary>
/// <param name="Request">The request answered.</param>
/// <param name="Code">The code, when approved; null when declined.</param>
public sealed record AuthorizationDecision(AuthorizationRequest Request, AuthorizationCode? Code)
{
    /// <summary>True when the PSU approved.</summary>
    public bool Approved => Code is not null;
}
