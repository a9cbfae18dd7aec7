using LanguageExt;
using MockAspsp.Domain;
using MockAspsp.Fapi;
using MockAspsp.Hosting;

namespace MockAspsp.Features.OAuth;

/// <summary>
/// The token endpoint's decisions (RFC 6749 §4.1.3, §4.4, §6): pure functions of the bank's state. On success they
/// return the new state and the tokens; on failure the same state — except a replayed code, which revokes what it
/// issued (RFC 6749 §4.1.2) and so changes the state while failing.
/// </summary>
public static class TokenGrants
{
    /// <summary>Decides a token request from an authenticated client, bound to the certificate it came over.</summary>
    public static (BankState State, Either<OAuthError, IssuedTokens> Result) Decide(
        BankState state, TokenRequestInput input, AuthenticatedClient authenticated, MockIds ids, DateTimeOffset now, MockAspspOptions options)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(authenticated);
        var client = authenticated.Client;
        var grantType = input.Field("grant_type");
        if (grantType is null)
        {
            return (state, OAuthError.InvalidRequest("grant_type is missing"));
        }

        if (grantType is not ("client_credentials" or "authorization_code" or "refresh_token"))
        {
            return (state, new OAuthError(400, "unsupported_grant_type", $"grant_type '{grantType}' is not supported"));
        }

        if (!client.Registration.GrantTypes.Contains(grantType))
        {
            return (state, new OAuthError(400, "unauthorized_client", $"this client may not use {grantType}"));
        }

        // The jti check happens here, under the store's lock, so two requests can never both use one assertion. An assertion
        // that authenticated its client is spent whatever the grant's outcome (RFC 7523 §3): a captured assertion sent with a
        // bad code must not be good for a second try. This is the one way a refused token request changes the state.
        if (authenticated.AssertionId is { } jti)
        {
            var key = $"{client.ClientId}:{jti}";
            if (state.UsedAssertionIds.ContainsKey(key))
            {
                return (state, OAuthError.InvalidClient("client assertion: this jti was used before; every assertion needs a fresh one"));
            }

            state = state with { UsedAssertionIds = state.UsedAssertionIds.SetItem(key, authenticated.AssertionAcceptedUntil ?? now) };
        }

        var (next, result) = grantType switch
        {
            "client_credentials" => ClientCredentials(state, input, client, ids, now, options),
            "authorization_code" => AuthorizationCode(state, input, client, ids, now, options),
            _ => Refresh(state, input, client, ids, now, options),
        };
        return (result.IsRight ? next.Pruned(now) : next, result);
    }

    private static (BankState, Either<OAuthError, IssuedTokens>) ClientCredentials(
        BankState state, TokenRequestInput input, KnownClient client, MockIds ids, DateTimeOffset now, MockAspspOptions options)
    {
        var requested = (input.Field("scope") ?? "accounts").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var refused = requested.Where(s => s == "openid" || !client.Registration.Scopes.Contains(s)).ToList();
        if (refused.Count > 0 || requested.Length == 0)
        {
            return (state, new OAuthError(400, "invalid_scope", $"scope '{string.Join(' ', refused)}' cannot be granted to a client credentials token"));
        }

        var scope = string.Join(' ', requested);
        var token = new AccessToken(ids.Secret("at"), TokenKind.ClientCredentials, client.ClientId, null, scope,
            now.AddSeconds(options.AccessTokenLifetimeSeconds), input.Certificate.Thumbprint);
        return (state.Issued(token), new IssuedTokens(token.Value, options.AccessTokenLifetimeSeconds, scope, null, null));
    }

    private static (BankState, Either<OAuthError, IssuedTokens>) AuthorizationCode(
        BankState state, TokenRequestInput input, KnownClient client, MockIds ids, DateTimeOffset now, MockAspspOptions options)
    {
        if (input.Field("code") is not { Length: > 0 } value)
        {
            return (state, OAuthError.InvalidRequest("code is missing"));
        }

        if (input.Field("redirect_uri") is not { Length: > 0 } redirectUri)
        {
            return (state, OAuthError.InvalidRequest("redirect_uri is missing (RFC 6749 §4.1.3: required when the authorisation request had one)"));
        }

        if (!state.Codes.TryGetValue(value, out var code) || code.ClientId != client.ClientId)
        {
            return (state, OAuthError.InvalidGrant("the code is unknown, or was issued to another client"));
        }

        if (code.Used)
        {
            // RFC 6749 §4.1.2: a code used twice revokes the tokens it issued.
            var revoked = state with
            {
                AccessTokens = state.AccessTokens.RemoveRange(state.AccessTokens.Where(t => t.Value.FromCode == value).Select(t => t.Key)),
                RefreshTokens = state.RefreshTokens.RemoveRange(state.RefreshTokens.Where(t => t.Value.FromCode == value).Select(t => t.Key)),
            };
            return (revoked, OAuthError.InvalidGrant("the code was used before; the tokens it issued are revoked"));
        }

        if (code.ExpiresAt <= now)
        {
            return (state, OAuthError.InvalidGrant("the code has expired"));
        }

        if (code.RedirectUri != redirectUri)
        {
            return (state, OAuthError.InvalidGrant("redirect_uri is not the one the code was issued for"));
        }

        if (!state.IsAuthorised(code.ConsentId, now))
        {
            return (state, OAuthError.InvalidGrant("the consent is no longer authorised, or has expired"));
        }

        var access = new AccessToken(ids.Secret("at"), TokenKind.Consent, client.ClientId, code.ConsentId, code.Scope,
            now.AddSeconds(options.AccessTokenLifetimeSeconds), input.Certificate.Thumbprint, value);
        var refresh = new RefreshToken(ids.Secret("rt"), client.ClientId, code.ConsentId, code.Scope, now.AddSeconds(options.RefreshTokenLifetimeSeconds), value);
        var next = (state with { Codes = state.Codes.SetItem(value, code with { Used = true }) }).Issued(access).Issued(refresh);
        return (next, new IssuedTokens(access.Value, options.AccessTokenLifetimeSeconds, code.Scope, refresh.Value,
            new IdTokenSubject(client.ClientId, code.ConsentId, code.Nonce, code.AuthTime)));
    }

    private static (BankState, Either<OAuthError, IssuedTokens>) Refresh(
        BankState state, TokenRequestInput input, KnownClient client, MockIds ids, DateTimeOffset now, MockAspspOptions options)
    {
        if (input.Field("refresh_token") is not { Length: > 0 } value)
        {
            return (state, OAuthError.InvalidRequest("refresh_token is missing"));
        }

        if (!state.RefreshTokens.TryGetValue(value, out var refresh) || refresh.ClientId != client.ClientId || refresh.ExpiresAt <= now)
        {
            return (state, OAuthError.InvalidGrant("the refresh token is unknown, expired, or was issued to another client"));
        }

        if (!state.IsAuthorised(refresh.ConsentId, now))
        {
            return (state, OAuthError.InvalidGrant("the consent is no longer authorised: the PSU must authorise again"));
        }

        var access = new AccessToken(ids.Secret("at"), TokenKind.Consent, client.ClientId, refresh.ConsentId, refresh.Scope,
            now.AddSeconds(options.AccessTokenLifetimeSeconds), input.Certificate.Thumbprint, refresh.FromCode);
        return (state.Issued(access), new IssuedTokens(access.Value, options.AccessTokenLifetimeSeconds, refresh.Scope, null, null));
    }
}
