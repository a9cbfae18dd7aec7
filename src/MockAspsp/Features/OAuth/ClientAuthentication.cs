using System.Security.Cryptography;
using System.Text;
using LanguageExt;
using MockAspsp.Fapi;
using MockAspsp.Hosting;

namespace MockAspsp.Features.OAuth;

/// <summary>
/// Client authentication at the token endpoint, by the method the client registered (OIDC Core §9,
/// RFC 6749 §2.3, RFC 7523, RFC 8705 §2.1). Exactly one method may be used.
/// </summary>
public static class ClientAuthentication
{
    private const string JwtBearer = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

    /// <summary>
    /// Who the client is, or the invalid_client / invalid_request error saying why not. Whatever the method, a client that
    /// registered a certificate subject DN must come over a certificate with that subject.
    /// </summary>
    public static async Task<Either<OAuthError, AuthenticatedClient>> Authenticate(
        TokenRequestInput input, ClientDirectory clients, BankIssuer issuer, DateTimeOffset now, MockAspspOptions options)
    {
        var authenticated = await ByMethod(input, clients, issuer, now, options);
        return authenticated.Bind(a => a.Client.Registration.CertificateSubjectDn is { } dn && !input.Certificate.SubjectIs(dn)
            ? OAuthError.InvalidClient($"the transport certificate's subject '{input.Certificate.Subject.Name}' is not the DN registered for this client (RFC 8705 §2.1.2)")
            : Prelude.Right<OAuthError, AuthenticatedClient>(a));
    }

    private static async Task<Either<OAuthError, AuthenticatedClient>> ByMethod(
        TokenRequestInput input, ClientDirectory clients, BankIssuer issuer, DateTimeOffset now, MockAspspOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(clients);
        ArgumentNullException.ThrowIfNull(issuer);
        ArgumentNullException.ThrowIfNull(options);
        var basic = input.Authorization?.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase) ?? false;
        var post = input.Field("client_secret") is not null;
        var jwt = input.Field("client_assertion") is not null;
        if ((basic ? 1 : 0) + (post ? 1 : 0) + (jwt ? 1 : 0) > 1)
        {
            return OAuthError.InvalidRequest("more than one client authentication method was used; use exactly one (RFC 6749 §2.3)");
        }

        if (input.Authorization is not null && !basic)
        {
            return OAuthError.InvalidClient("the token endpoint accepts only Basic in the Authorization header");
        }

        if (basic)
        {
            return Basic(input, clients);
        }

        if (jwt)
        {
            return await PrivateKeyJwt(input, clients, issuer, now, options);
        }

        var client = clients.Find(input.Field("client_id"));
        if (client is null)
        {
            return OAuthError.InvalidClient(input.Field("client_id") is null ? "no client authentication was presented" : "unknown client_id");
        }

        return post ? Secret(client, "client_secret_post", input.Field("client_secret")!) : TlsClientAuth(client, input.Certificate);
    }

    private static Either<OAuthError, AuthenticatedClient> Basic(TokenRequestInput input, ClientDirectory clients)
    {
        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(input.Authorization!["Basic ".Length..].Trim()));
        }
        catch (FormatException)
        {
            return OAuthError.InvalidClient("the Basic credentials are not standard base64 (RFC 7617; URL-safe base64 is not accepted)");
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return OAuthError.InvalidClient("the Basic credentials have no ':' between client id and secret");
        }

        // RFC 6749 §2.3.1: both halves were form-url-encoded before base64.
        var clientId = FormDecode(decoded[..colon]);
        var secret = FormDecode(decoded[(colon + 1)..]);
        if (input.Field("client_id") is { } bodyId && bodyId != clientId)
        {
            return OAuthError.InvalidRequest("client_id in the body differs from the one in the Authorization header");
        }

        var client = clients.Find(clientId);
        return client is null ? OAuthError.InvalidClient("unknown client_id") : Secret(client, "client_secret_basic", secret);
    }

    private static Either<OAuthError, AuthenticatedClient> Secret(KnownClient client, string method, string secret)
    {
        if (Refused(client, method) is { } refused)
        {
            return refused;
        }

        var expected = client.Registration.ClientSecret ?? "";
        // Hash first so the comparison's time depends on neither length nor content.
        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(expected)), SHA256.HashData(Encoding.UTF8.GetBytes(secret)))
               && expected.Length > 0
            ? new AuthenticatedClient(client)
            : OAuthError.InvalidClient("the client secret is wrong");
    }

    private static Either<OAuthError, AuthenticatedClient> TlsClientAuth(KnownClient client, ClientCertificate certificate)
    {
        if (Refused(client, "tls_client_auth") is { } refused)
        {
            return refused;
        }

        // The subject itself is compared for every method by Authenticate; tls_client_auth just cannot do without one.
        return client.Registration.CertificateSubjectDn is not null
            ? new AuthenticatedClient(client)
            : OAuthError.InvalidClient("this client registered no certificate subject DN, which tls_client_auth needs");
    }

    private static async Task<Either<OAuthError, AuthenticatedClient>> PrivateKeyJwt(
        TokenRequestInput input, ClientDirectory clients, BankIssuer issuer, DateTimeOffset now, MockAspspOptions options)
    {
        if (input.Field("client_assertion_type") != JwtBearer)
        {
            return OAuthError.InvalidRequest($"client_assertion_type must be {JwtBearer}");
        }

        // Which client? The body's client_id if sent, else the assertion's (still unverified) iss.
        var unverified = SignedJwtPeek.Issuer(input.Field("client_assertion")!);
        var client = clients.Find(input.Field("client_id") ?? unverified);
        if (client is null)
        {
            return OAuthError.InvalidClient("unknown client (client_id / assertion iss)");
        }

        if (Refused(client, "private_key_jwt") is { } refused)
        {
            return refused;
        }

        var verified = await SignedJwt.Verify(input.Field("client_assertion")!, client.Keys, client.Registration.SigningAlgorithms);
        return verified.Match(
            Right: jwt => Claims(jwt, client, issuer, now, options),
            Left: reason => OAuthError.InvalidClient($"client assertion: {reason}"));
    }

    private static Either<OAuthError, AuthenticatedClient> Claims(
        Microsoft.IdentityModel.JsonWebTokens.JsonWebToken jwt, KnownClient client, BankIssuer issuer, DateTimeOffset now, MockAspspOptions options)
    {
        var skew = TimeSpan.FromSeconds(options.ClockSkewSeconds);
        string? Fail()
        {
            if (jwt.StringClaim("iss") != client.ClientId || jwt.StringClaim("sub") != client.ClientId)
            {
                return "iss and sub must both be the client_id (RFC 7523 §3)";
            }

            var audiences = jwt.Audiences();
            if (!audiences.Contains(issuer.TokenEndpoint) && !audiences.Contains(issuer.Value))
            {
                return $"aud must be the token endpoint {issuer.TokenEndpoint} (or the issuer); it is [{string.Join(", ", audiences)}]";
            }

            if (jwt.Time("exp") is not { } exp)
            {
                return "exp is missing";
            }

            if (exp + skew <= now)
            {
                return $"the assertion expired at {exp:O}";
            }

            if (exp > now + TimeSpan.FromSeconds(options.MaxClientAssertionLifetimeSeconds) + skew)
            {
                return $"exp {exp:O} is too far ahead: an assertion may live {options.MaxClientAssertionLifetimeSeconds} s at most";
            }

            if (jwt.Time("iat") is { } iat && iat - skew > now)
            {
                return $"iat {iat:O} is in the future";
            }

            // RFC 7519 §4.1.5: the assertion must not be accepted before nbf (RFC 7523 §3 lets a client send one).
            if (jwt.Time("nbf") is { } nbf && nbf - skew > now)
            {
                return $"nbf {nbf:O} is in the future: the assertion is not valid yet";
            }

            return string.IsNullOrEmpty(jwt.StringClaim("jti")) ? "jti is missing" : null;
        }

        return Fail() is { } reason
            ? OAuthError.InvalidClient($"client assertion: {reason}")
            : new AuthenticatedClient(client, jwt.StringClaim("jti"), jwt.Time("exp") + skew);
    }

    private static OAuthError? Refused(KnownClient client, string method) =>
        client.Registration.TokenEndpointAuthMethod == method
            ? null
            : OAuthError.InvalidClient($"this client is registered for {client.Registration.TokenEndpointAuthMethod}, not {method}");

    private static string FormDecode(string value) => Uri.UnescapeDataString(value.Replace('+', ' '));
}
