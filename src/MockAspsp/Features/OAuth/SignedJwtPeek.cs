using Microsoft.IdentityModel.JsonWebTokens;

namespace MockAspsp.Features.OAuth;

/// <summary>Reads a claim of a JWT before it is verified — only to find which client's keys to verify it with.</summary>
internal static class SignedJwtPeek
{
    public static string? Issuer(string token)
    {
        try
        {
            return new JsonWebToken(token).Issuer;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
