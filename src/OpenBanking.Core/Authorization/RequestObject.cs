using LanguageExt;
using OpenBanking.Core.Configuration;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;
using OpenBanking.Core.Jose;
using OpenBanking.Core.Protocol;

namespace OpenBanking.Core.Authorization;

/// <summary>
/// The consent URL and its signed request object (OIDC Core §6.1; FAPI 1.0 Advanced §5.2.2;
/// Read/Write API Security Profile "Hybrid Flow Request with Intent Id").
/// </summary>
public static class RequestObject
{
    /// <summary>The fewest characters a caller-supplied state or nonce may have.</summary>
    public const int MinimumLength = 16;

    // How far nbf is set back, so a bank whose clock runs a little behind ours still accepts the object.
    private static readonly TimeSpan NotBeforeAllowance = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan MaxValidity = TimeSpan.FromMinutes(60);

    /// <summary>
    /// Builds the consent URL for <paramref name="consentId"/>. The request object is always signed
    /// (never <c>alg: none</c>) by the config's <see cref="ValidatedApiConfig.Signer"/>: a config without one is a
    /// <see cref="ConfigError"/>, a signer of your own that fails a <see cref="ValidationError"/>.
    /// <paramref name="state"/> and <paramref name="nonce"/> come from <paramref name="ids"/> when not given;
    /// the <c>jti</c> always does.
    /// </summary>
    public static Either<OpenBankingError, ConsentUrl> ConsentUrl(
        ValidatedApiConfig config,
        string consentId,
        DateTimeOffset now,
        IdSource ids,
        string? state = null,
        string? nonce = null,
        string? scope = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(ids);
        if (Problem(config, consentId, state, nonce) is { } problem)
        {
            return problem;
        }

        if (config.Signer is not { } signer)
        {
            return NoSigner;
        }

        state ??= ids.NewId();
        nonce ??= ids.NewId();
        var jti = ids.NewId();
        var requestedScope = Scope(config, scope);
        return Sign(config, signer, consentId, requestedScope, state, nonce, jti, now)
            .Map(requestObject => Url(config, consentId, requestedScope, state, nonce, requestObject));
    }

    /// <summary>
    /// The signed request object alone, as a compact JWS: for a TPP that builds the authorisation request itself (a form
    /// post, a pushed authorisation request, or a request object passed by reference). The same checks as
    /// <see cref="ConsentUrl"/>: a signer, a ConsentId, and an unguessable <paramref name="state"/> and <paramref name="nonce"/>.
    /// </summary>
    public static Either<OpenBankingError, string> Create(
        ValidatedApiConfig config, string consentId, string state, string nonce, string jti, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(nonce);
        ArgumentNullException.ThrowIfNull(jti);
        if (Problem(config, consentId, state, nonce) is { } problem)
        {
            return problem;
        }

        if (config.Signer is not { } signer)
        {
            return NoSigner;
        }

        return string.IsNullOrWhiteSpace(jti)
            ? new ValidationError("jti", "the jti is empty")
            : Sign(config, signer, consentId, Scope(config), state, nonce, jti, now);
    }

    /// <summary>
    /// The request object's scope: <c>openid</c> first, then <paramref name="scope"/> (space-separated; an API family's
    /// scope such as <c>payments</c>) or, when null, the configured scopes.
    /// </summary>
    public static string Scope(ValidatedApiConfig config, string? scope = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        var scopes = scope?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? config.Scopes;
        return string.Join(' ', scopes.Where(s => s != "openid").Prepend("openid").Distinct());
    }

    private static ConfigError NoSigner => new("signing_key",
        "is required to sign the request object: FAPI request objects are always signed (PS256 or ES256), never sent with alg none");

    private static ConsentUrl Url(ValidatedApiConfig config, string consentId, string scope, string state, string nonce, string requestObject)
    {
        var query = new List<KeyValuePair<string, string>>
        {
            KeyValuePair.Create(OAuthParameters.ClientId, config.ClientId),
            KeyValuePair.Create(OAuthParameters.ResponseType, config.ResponseType.ToWireName()),
            KeyValuePair.Create(OAuthParameters.Scope, scope),
            KeyValuePair.Create(OAuthParameters.RedirectUri, config.RedirectUri),
            KeyValuePair.Create(OAuthParameters.State, state),
            KeyValuePair.Create(OAuthParameters.Nonce, nonce),
            KeyValuePair.Create(OAuthParameters.Request, requestObject),
        };
        var encoded = string.Join("&", query.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
        var endpoint = config.AuthorizationEndpoint.OriginalString;
        var separator = endpoint.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        return new ConsentUrl(new Uri(endpoint + separator + encoded), consentId, state, nonce, requestObject);
    }

    private static Either<OpenBankingError, string> Sign(
        ValidatedApiConfig config, IJwsSigner signer, string consentId, string scope, string state, string nonce, string jti, DateTimeOffset now)
    {
        var iat = now.ToUnixTimeSeconds();
        var exp = now.Add(config.RequestObjectLifetime).ToUnixTimeSeconds();
        // FAPI 1.0 Advanced §5.2.2-13: exp − nbf at most 60 minutes, so the allowance shrinks for long lifetimes.
        var allowance = TimeSpan.FromTicks(Math.Min(NotBeforeAllowance.Ticks, (MaxValidity - config.RequestObjectLifetime).Ticks));
        var nbf = now.Subtract(allowance).ToUnixTimeSeconds();
        return CompactJws.Create(signer, new Claims(config, consentId, scope, state, nonce, jti, iat, nbf, exp), static (writer, c) =>
        {
            writer.WriteString("iss", c.Config.ClientId);
            writer.WriteString("aud", c.Config.Issuer);
            writer.WriteString("response_type", c.Config.ResponseType.ToWireName());
            writer.WriteString("client_id", c.Config.ClientId);
            writer.WriteString("redirect_uri", c.Config.RedirectUri);
            writer.WriteString("scope", c.Scope);
            writer.WriteString("state", c.State);
            writer.WriteString("nonce", c.Nonce);
            writer.WriteNumber("max_age", (int)c.Config.MaxAge.TotalSeconds);
            writer.WriteNumber("iat", c.Iat);
            writer.WriteNumber("nbf", c.Nbf);
            writer.WriteNumber("exp", c.Exp);
            writer.WriteString("jti", c.Jti);
            writer.WriteStartObject("claims");
            writer.WriteStartObject("userinfo");
            WriteIntent(writer, c.ConsentId);
            writer.WriteEndObject();
            writer.WriteStartObject("id_token");
            WriteIntent(writer, c.ConsentId);
            writer.WriteStartObject("acr");
            writer.WriteBoolean("essential", true);
            writer.WriteStartArray("values");
            writer.WriteStringValue(AcrValues.Sca);
            writer.WriteStringValue(AcrValues.Ca);
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }).MapLeft(e => (OpenBankingError)e);
    }

    private static OpenBankingError? Problem(ValidatedApiConfig config, string consentId, string? state, string? nonce)
    {
        if (config.Signer is null)
        {
            return NoSigner;
        }

        if (string.IsNullOrWhiteSpace(consentId))
        {
            return new ValidationError("consent_id", "the ConsentId is empty");
        }

        // RFC 6749 §10.12 and OIDC Core §15.5.2: state and nonce bind the answer to this request only if
        // nobody can guess them. A caller's own values must be long enough to carry that much chance.
        if (state is not null && !Unguessable(state))
        {
            return new ValidationError("state", $"a state of {state.Trim().Length} characters is guessable; use at least {MinimumLength} random characters, or let the id source make one");
        }

        return nonce is not null && !Unguessable(nonce)
            ? new ValidationError("nonce", $"a nonce of {nonce.Trim().Length} characters is guessable; use at least {MinimumLength} random characters, or let the id source make one")
            : null;
    }

    private static bool Unguessable(string value) => !string.IsNullOrWhiteSpace(value) && value.Trim().Length >= MinimumLength;

    private static void WriteIntent(System.Text.Json.Utf8JsonWriter writer, string consentId)
    {
        writer.WriteStartObject("openbanking_intent_id");
        writer.WriteString("value", consentId);
        writer.WriteBoolean("essential", true);
        writer.WriteEndObject();
    }

    /// <summary>What the request object's claims are written from.</summary>
    private readonly record struct Claims(
        ValidatedApiConfig Config, string ConsentId, string Scope, string State, string Nonce, string Jti, long Iat, long Nbf, long Exp);
}
