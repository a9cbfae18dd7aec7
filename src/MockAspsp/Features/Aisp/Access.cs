using MockAspsp.Domain;
using MockAspsp.Fapi;

namespace MockAspsp.Features.Aisp;

/// <summary>A resource request that passed the guard: its token, its certificate and, for consent tokens, the consent.</summary>
public sealed record Access(AccessToken Token, ClientCertificate Certificate, Consent? Consent)
{
    /// <summary>The consent (consent tokens only).</summary>
    public Consent Authorised => Consent ?? throw new InvalidOperationException("Not a consent token.");
}
