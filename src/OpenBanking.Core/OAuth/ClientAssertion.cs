using LanguageExt;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Jose;

namespace OpenBanking.Core.OAuth;

/// <summary>The <c>private_key_jwt</c> client assertion (RFC 7523 §3, OIDC Core §9).</summary>
public static class ClientAssertion
{
    /// <summary>
    /// Signs an assertion with <c>iss</c> = <c>sub</c> = <paramref name="clientId"/>, <c>aud</c> =
    /// <paramref name="audience"/> (the token endpoint), <c>jti</c>, <c>iat</c> = <paramref name="now"/>
    /// and <c>exp</c> = now + <paramref name="lifetime"/>. Left when <paramref name="signer"/> fails
    /// (see <see cref="CompactJws.Create{TState}"/>); a <see cref="SigningKey"/> never does.
    /// </summary>
    public static Either<OpenBankingError, string> Create(IJwsSigner signer, string clientId, string audience, string jti, DateTimeOffset now, TimeSpan lifetime)
    {
        ArgumentNullException.ThrowIfNull(signer);
        var iat = now.ToUnixTimeSeconds();
        var exp = now.Add(lifetime).ToUnixTimeSeconds();
        return CompactJws.Create(signer, (clientId, audience, jti, iat, exp), static (writer, claims) =>
        {
            writer.WriteString("iss", claims.clientId);
            writer.WriteString("sub", claims.clientId);
            writer.WriteString("aud", claims.audience);
            writer.WriteString("jti", claims.jti);
            writer.WriteNumber("iat", claims.iat);
            writer.WriteNumber("exp", claims.exp);
        }).MapLeft(e => (OpenBankingError)e);
    }
}
