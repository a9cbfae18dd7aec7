using OpenBanking.Core.Jose;

namespace OpenBanking.Core.Configuration;

/// <summary>
/// How the TPP authenticates to the token endpoint, with what that method needs: a closed set of cases, one per
/// <see cref="TokenEndpointAuthMethod"/> (OIDC Core §9, RFC 8705 §2). <see cref="ValidatedApiConfig.ClientAuthentication"/>
/// holds one; the token request builder matches on it. No case prints a secret.
/// </summary>
public abstract record ClientAuthentication
{
    private ClientAuthentication()
    {
    }

    /// <summary>The registered method this case is.</summary>
    public abstract TokenEndpointAuthMethod Method { get; }

    /// <summary><c>client_secret_basic</c>: HTTP Basic with the form-encoded id and secret (RFC 6749 §2.3.1).</summary>
    /// <param name="Secret">The client secret. Never printed.</param>
    public sealed record ClientSecretBasic(string Secret) : ClientAuthentication
    {
        /// <inheritdoc />
        public override TokenEndpointAuthMethod Method => TokenEndpointAuthMethod.ClientSecretBasic;

        /// <summary>Never prints the secret.</summary>
        public override string ToString() => "client_secret_basic (secret ***)";
    }

    /// <summary><c>client_secret_post</c>: client_id and client_secret in the form body (RFC 6749 §2.3.1).</summary>
    /// <param name="Secret">The client secret. Never printed.</param>
    public sealed record ClientSecretPost(string Secret) : ClientAuthentication
    {
        /// <inheritdoc />
        public override TokenEndpointAuthMethod Method => TokenEndpointAuthMethod.ClientSecretPost;

        /// <summary>Never prints the secret.</summary>
        public override string ToString() => "client_secret_post (secret ***)";
    }

    /// <summary><c>private_key_jwt</c>: a client assertion signed by <paramref name="Signer"/> (RFC 7523 §2.2). The FAPI default.</summary>
    /// <param name="Signer">Signs the assertion: a PEM <see cref="SigningKey"/> or a signer of your own.</param>
    /// <param name="AssertionLifetime">How long an assertion is valid (exp − iat).</param>
    public sealed record PrivateKeyJwt(IJwsSigner Signer, TimeSpan AssertionLifetime) : ClientAuthentication
    {
        /// <inheritdoc />
        public override TokenEndpointAuthMethod Method => TokenEndpointAuthMethod.PrivateKeyJwt;

        /// <summary>The signer's algorithm and kid, never key material.</summary>
        public override string ToString() =>
            $"private_key_jwt (kid {SafeSigner.KeyIdOf(Signer)}, {SafeSigner.AlgorithmOf(Signer)}, assertion lifetime {AssertionLifetime})";
    }

    /// <summary><c>tls_client_auth</c>: the transport certificate is the credential (RFC 8705 §2.1).</summary>
    public sealed record TlsClientAuth : ClientAuthentication
    {
        /// <inheritdoc />
        public override TokenEndpointAuthMethod Method => TokenEndpointAuthMethod.TlsClientAuth;

        /// <inheritdoc />
        public override string ToString() => "tls_client_auth";
    }
}
