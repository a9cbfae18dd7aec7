using OpenBanking.Core.Configuration;

namespace OpenBanking.Core.Authorization;

/// <summary>What an id_token must say to be accepted.</summary>
/// <param name="Issuer">The exact <c>iss</c>.</param>
/// <param name="ClientId">A value <c>aud</c> must contain.</param>
/// <param name="Algorithm">The only <c>alg</c> accepted (the bank's registered id_token signing algorithm).</param>
/// <param name="Nonce">The <c>nonce</c> sent in the request object.</param>
/// <param name="ConsentId">The <c>openbanking_intent_id</c> the token must carry.</param>
/// <param name="ClockSkew">How far <c>exp</c> and <c>iat</c> may be off our clock.</param>
/// <param name="Code">The code from the same redirect: <c>c_hash</c> is required and checked against it (OIDC Core §3.3.2.11).</param>
/// <param name="State">The state from the same redirect: <c>s_hash</c> is required and checked against it (FAPI 1.0 Advanced §5.2.2.1).</param>
/// <param name="MaxAge">The <c>max_age</c> requested, in seconds: <c>auth_time</c> is then required and must be within it (OIDC Core §3.1.2.1).</param>
/// <param name="AcrValues">The <c>acr</c> values requested as essential: the token's <c>acr</c> must be one of them (OIDC Core §5.5.1.1).</param>
public sealed record IdTokenExpectations(
    string Issuer,
    string ClientId,
    string Algorithm,
    string Nonce,
    string ConsentId,
    TimeSpan ClockSkew,
    string? Code = null,
    string? State = null,
    int? MaxAge = null,
    EquatableList<string>? AcrValues = null)
{
    /// <summary>The acr values every request object of this library asks for.</summary>
    public static EquatableList<string> RequestedAcrValues { get; } = [Protocol.AcrValues.Sca, Protocol.AcrValues.Ca];

    /// <summary>
    /// For the hybrid flow's front-channel id_token: everything, including c_hash over the code and s_hash over the state.
    /// </summary>
    public static IdTokenExpectations FrontChannel(ValidatedApiConfig config, ConsentUrl sent, AuthorizationCallback callback)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(sent);
        ArgumentNullException.ThrowIfNull(callback);
        return new(config.Issuer, config.ClientId, config.IdTokenSigningAlg, sent.Nonce, sent.ConsentId, config.ClockSkew,
            callback.Code, callback.State, MaxAgeSeconds(config), RequestedAcrValues);
    }

    /// <summary>For the id_token of the token response: no hashes, the rest as for the front channel.</summary>
    public static IdTokenExpectations TokenEndpoint(ValidatedApiConfig config, ConsentUrl sent)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(sent);
        return new(config.Issuer, config.ClientId, config.IdTokenSigningAlg, sent.Nonce, sent.ConsentId, config.ClockSkew,
            MaxAge: MaxAgeSeconds(config), AcrValues: RequestedAcrValues);
    }

    // The request object's max_age is whole seconds (OIDC Core §3.1.2.1); the config's TimeSpan was made from them.
    private static int MaxAgeSeconds(ValidatedApiConfig config) => (int)config.MaxAge.TotalSeconds;

    /// <summary>Never prints the code.</summary>
    public override string ToString() =>
        $"IdTokenExpectations(iss={Issuer}, aud∋{ClientId}, alg={Algorithm}, intent={ConsentId}, c_hash={(Code is null ? "not required" : "required")}, s_hash={(State is null ? "not required" : "required")})";
}
