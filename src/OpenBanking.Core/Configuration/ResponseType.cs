namespace OpenBanking.Core.Configuration;

/// <summary>The OAuth response types the library supports (OIDC Core §3, FAPI 1.0 Advanced §5.2.2).</summary>
public enum ResponseType
{
    /// <summary><c>code id_token</c>: the hybrid flow, the answer in the fragment with a front-channel id_token. The default.</summary>
    CodeIdToken,

    /// <summary><c>code</c>: the authorisation code flow, the answer in the query.</summary>
    Code,
}
