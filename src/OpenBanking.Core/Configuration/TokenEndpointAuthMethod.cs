namespace OpenBanking.Core.Configuration;

/// <summary>How the TPP authenticates to the token endpoint (OIDC Core §9, RFC 8705 §2).</summary>
public enum TokenEndpointAuthMethod
{
    /// <summary><c>client_secret_basic</c>: HTTP Basic with the form-encoded id and secret (RFC 6749 §2.3.1).</summary>
    ClientSecretBasic,

    /// <summary><c>client_secret_post</c>: client_id and client_secret in the form body.</summary>
    ClientSecretPost,

    /// <summary><c>private_key_jwt</c>: a signed client assertion (RFC 7523). The FAPI default.</summary>
    PrivateKeyJwt,

    /// <summary><c>tls_client_auth</c>: the transport certificate is the credential (RFC 8705 §2.1).</summary>
    TlsClientAuth,
}
