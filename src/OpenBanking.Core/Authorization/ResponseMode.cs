namespace OpenBanking.Core.Authorization;

/// <summary>Where the authorisation response parameters are (OAuth 2.0 Multiple Response Type Encoding Practices §2.1).</summary>
public enum ResponseMode
{
    /// <summary>In the query string: the default of <c>response_type=code</c>.</summary>
    Query,

    /// <summary>In the fragment: the default of the hybrid flow, <c>response_type=code id_token</c> (OIDC Core §3.3.2.5).</summary>
    Fragment,
}
