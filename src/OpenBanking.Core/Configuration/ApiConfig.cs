using System.Text;
using System.Text.Json.Serialization;
using LanguageExt;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Jose;
using OpenBanking.Core.Protocol;

namespace OpenBanking.Core.Configuration;

/// <summary>
/// Everything the library needs to talk to one bank as one registered TPP client: the fields
/// of the seed library's <c>OpenBanking.ApiConfig</c> (same snake_case keys in JSON, so a seed
/// config ports as it is) plus what a complete, secure flow needs.
/// </summary>
/// <remarks>
/// Build it in code with an object initialiser, or read it from JSON with
/// <see cref="ApiConfigJson.Parse"/> / <c>Io.ConfigFile.Load</c>. Call <see cref="Validate()"/>
/// to get a <see cref="ValidatedApiConfig"/>, which every builder takes.
/// <see cref="ToString"/> never prints <see cref="ClientSecret"/> or <see cref="SigningKey"/>.
/// </remarks>
public sealed record ApiConfig
{
    /// <summary>The default base path of the Account and Transaction API.</summary>
    public const string DefaultAisBasePath = "/open-banking/v3.1/aisp";

    /// <summary>The default base path of the Payment Initiation API (variable recurring payments live under it too).</summary>
    public const string DefaultPisBasePath = "/open-banking/v3.1/pisp";

    /// <summary>The default base path of the Confirmation of Funds API.</summary>
    public const string DefaultCbpiiBasePath = "/open-banking/v3.1/cbpii";

    /// <summary>The bank's OpenID Provider issuer, exactly as in its discovery document (the id_token <c>iss</c>, the request object <c>aud</c>).</summary>
    [JsonPropertyName("auth_server_issuer")]
    public string? AuthServerIssuer { get; init; }

    /// <summary>Where the PSU is sent to authorise (the consent URL's base).</summary>
    [JsonPropertyName("authorization_endpoint")]
    public string? AuthorizationEndpoint { get; init; }

    /// <summary>The OAuth token endpoint (mTLS).</summary>
    [JsonPropertyName("token_endpoint")]
    public string? TokenEndpoint { get; init; }

    /// <summary>The resource server's base URL; the API base path is appended to it.</summary>
    [JsonPropertyName("resource_endpoint")]
    public string? ResourceEndpoint { get; init; }

    /// <summary>The bank's JWKS URL, for id_token signatures. When absent, it is read from the issuer's discovery document.</summary>
    [JsonPropertyName("jwks_uri")]
    public string? JwksUri { get; init; }

    /// <summary>The TPP's client id at this bank.</summary>
    [JsonPropertyName("client_id")]
    public string? ClientId { get; init; }

    /// <summary>The client secret, for <c>client_secret_basic</c> and <c>client_secret_post</c>. Never printed.</summary>
    [JsonPropertyName("client_secret")]
    public string? ClientSecret { get; init; }

    /// <summary><c>client_secret_basic</c>, <c>client_secret_post</c>, <c>private_key_jwt</c> or <c>tls_client_auth</c>, as registered.</summary>
    [JsonPropertyName("token_endpoint_auth_method")]
    public string? TokenEndpointAuthMethod { get; init; }

    /// <summary>The PEM private key that signs client assertions and request objects. Never printed.</summary>
    [JsonPropertyName("signing_key")]
    public string? SigningKey { get; init; }

    /// <summary>The JWS algorithm to sign with: PS256 (default), ES256 or RS256.</summary>
    [JsonPropertyName("signing_alg")]
    public string SigningAlg { get; init; } = JwsAlgorithms.PS256;

    /// <summary>The signing key's id, as published in the TPP's JWKS.</summary>
    [JsonPropertyName("kid")]
    public string? Kid { get; init; }

    /// <summary>The permissions to ask for in an account access consent.</summary>
    [JsonPropertyName("permissions")]
    public EquatableList<string> Permissions { get; init; } =
    [
        ObPermission.ReadAccountsDetail, ObPermission.ReadBalances, ObPermission.ReadTransactionsCredits,
        ObPermission.ReadTransactionsDebits, ObPermission.ReadTransactionsDetail,
    ];

    /// <summary>The redirect URI registered for the client, exactly as registered.</summary>
    [JsonPropertyName("registered_redirect_url")]
    public string? RegisteredRedirectUrl { get; init; }

    /// <summary>
    /// The scopes to ask for. <c>openid</c> is added to the request object's scope (OIDC needs it)
    /// and left out of the client credentials grant (no user is involved there).
    /// </summary>
    [JsonPropertyName("scope")]
    public string Scope { get; init; } = "openid accounts";

    /// <summary>The PEM file of the transport (mTLS client) certificate.</summary>
    [JsonPropertyName("transport_cert_file")]
    public string? TransportCertFile { get; init; }

    /// <summary>The PEM file of the transport certificate's private key.</summary>
    [JsonPropertyName("transport_key_file")]
    public string? TransportKeyFile { get; init; }

    /// <summary>The bank's <c>x-fapi-financial-id</c>; sent only when set (banks before v3.1.3 require it).</summary>
    [JsonPropertyName("fapi_financial_id")]
    public string? FapiFinancialId { get; init; }

    /// <summary>The Account and Transaction API base path; <see cref="DefaultAisBasePath"/> by default.</summary>
    [JsonPropertyName("aisp_base_path")]
    public string AispBasePath { get; init; } = DefaultAisBasePath;

    /// <summary>The Payment Initiation API base path (VRP included); <see cref="DefaultPisBasePath"/>, or the one <see cref="ApiVersion"/> gives.</summary>
    [JsonPropertyName("pisp_base_path")]
    public string PispBasePath { get; init; } = DefaultPisBasePath;

    /// <summary>The Confirmation of Funds API base path; <see cref="DefaultCbpiiBasePath"/>, or the one <see cref="ApiVersion"/> gives.</summary>
    [JsonPropertyName("cbpii_base_path")]
    public string CbpiiBasePath { get; init; } = DefaultCbpiiBasePath;

    /// <summary>
    /// The Read/Write API version the bank speaks, e.g. <c>3.1.11</c> or <c>4.0</c>; null for v3.1.11. When set and
    /// <see cref="AispBasePath"/> is left at its default, the base path follows it: <c>/open-banking/v{major}.{minor}/aisp</c>
    /// (<c>4.0</c> gives <c>/open-banking/v4.0/aisp</c>). Responses of v3.1.11 and v4.0 are read the same either way.
    /// </summary>
    [JsonPropertyName("api_version")]
    public string? ApiVersion { get; init; }

    /// <summary>PEM file of the CA certificate(s) to trust for the bank's server certificate, instead of the system roots.</summary>
    [JsonPropertyName("ca_bundle_file")]
    public string? CaBundleFile { get; init; }

    /// <summary>How long a request object is valid (exp − nbf); FAPI allows at most 60 minutes. Default 10 minutes.</summary>
    [JsonPropertyName("request_object_lifetime_seconds")]
    [JsonConverter(typeof(SecondsConverter))]
    public TimeSpan RequestObjectLifetime { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a client assertion is valid (exp − iat). Default 5 minutes.</summary>
    [JsonPropertyName("client_assertion_lifetime_seconds")]
    [JsonConverter(typeof(SecondsConverter))]
    public TimeSpan ClientAssertionLifetime { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The OAuth response type: <c>code id_token</c> (the hybrid flow, default) or <c>code</c>.</summary>
    [JsonPropertyName("response_type")]
    public string ResponseType { get; init; } = "code id_token";

    /// <summary>The algorithm the bank signs id_tokens with (its registered <c>id_token_signed_response_alg</c>). Default PS256.</summary>
    [JsonPropertyName("id_token_signing_alg")]
    public string IdTokenSigningAlg { get; init; } = JwsAlgorithms.PS256;

    /// <summary>The request object's <c>max_age</c>, in seconds: how long ago the PSU may have authenticated. Default one day.</summary>
    [JsonPropertyName("max_age")]
    public int MaxAge { get; init; } = 86400;

    /// <summary>How far the bank's clock may be from ours when checking id_token times. Default 2 minutes.</summary>
    [JsonPropertyName("clock_skew_seconds")]
    [JsonConverter(typeof(SecondsConverter))]
    public TimeSpan ClockSkew { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>How long one request may take before it fails with a timeout. Default 30 seconds.</summary>
    [JsonPropertyName("request_timeout_seconds")]
    [JsonConverter(typeof(SecondsConverter))]
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Allows <c>http://</c> endpoints on loopback addresses (127.0.0.1, ::1, localhost) only, for local
    /// tests. Every other endpoint must be <c>https://</c>. Off by default.
    /// </summary>
    [JsonPropertyName("allow_http_loopback")]
    public bool AllowHttpLoopback { get; init; }

    /// <summary>
    /// The TPP's organisation id in the Open Banking directory: with <see cref="SoftwareStatementId"/> it makes the
    /// <c>http://openbanking.org.uk/iss</c> claim (<c>{org_id}/{software_statement_id}</c>) of every <c>x-jws-signature</c>
    /// the library signs. Needed for payments (signed requests), not for account information.
    /// </summary>
    [JsonPropertyName("org_id")]
    public string? OrgId { get; init; }

    /// <summary>The software statement id of this client in the Open Banking directory (see <see cref="OrgId"/>).</summary>
    [JsonPropertyName("software_statement_id")]
    public string? SoftwareStatementId { get; init; }

    /// <summary>The trust anchor of <c>x-jws-signature</c>s (<c>http://openbanking.org.uk/tan</c>). Default <c>openbanking.org.uk</c>.</summary>
    [JsonPropertyName("jws_tan")]
    public string JwsTan { get; init; } = DefaultJwsTan;

    /// <summary>The trust anchor of the Open Banking directory.</summary>
    public const string DefaultJwsTan = "openbanking.org.uk";

    /// <summary>
    /// The bank's organisation id: the <c>http://openbanking.org.uk/iss</c> its response signatures must carry. When
    /// absent, the claim is only checked to be present.
    /// </summary>
    [JsonPropertyName("aspsp_org_id")]
    public string? AspspOrgId { get; init; }

    /// <summary>
    /// Where the bank publishes the keys it signs responses with (its directory JWKS). When absent, <see cref="JwksUri"/>
    /// (or the discovery document's <c>jwks_uri</c>) is used.
    /// </summary>
    [JsonPropertyName("aspsp_jwks_uri")]
    public string? AspspJwksUri { get; init; }

    /// <summary>
    /// Whether payment responses must carry the bank's <c>x-jws-signature</c>: <c>required</c> (default) refuses an answer
    /// without one; <c>when_present</c> verifies a signature that is there and accepts an answer without one (sandboxes
    /// that do not sign). A signature that is there is always verified.
    /// </summary>
    [JsonPropertyName("response_signature")]
    public string ResponseSignature { get; init; } = "required";

    /// <summary>
    /// Sign <c>x-jws-signature</c>s in the RFC 7797 unencoded-payload form (<c>b64: false</c>, <c>b64</c> in <c>crit</c>), as
    /// banks before v3.1.4 expect. When null, it follows <see cref="ApiVersion"/>: versions before 3.1.4 get it.
    /// </summary>
    [JsonPropertyName("jws_unencoded_payload")]
    public bool? JwsUnencodedPayload { get; init; }

    /// <summary>How many times a payment or consent submission is sent at most (the first send included). Default 3.</summary>
    [JsonPropertyName("submission_max_attempts")]
    public int SubmissionMaxAttempts { get; init; } = 3;

    /// <summary>The wait before the second attempt of a submission; it doubles for each further one (a Retry-After wins). Default 1 second.</summary>
    [JsonPropertyName("submission_retry_delay_seconds")]
    [JsonConverter(typeof(SecondsConverter))]
    public TimeSpan SubmissionRetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Checks every field and returns the validated form with <paramref name="signer"/> signing client assertions and
    /// request objects instead of a <c>signing_key</c> PEM: a key in a vault or an HSM. Its key id and algorithm go into
    /// every JWS header (leave <c>kid</c> and <c>signing_key</c> out). Every problem is listed, the signer's among them.
    /// </summary>
    public Either<ConfigError, ValidatedApiConfig> Validate(IJwsSigner signer)
    {
        ArgumentNullException.ThrowIfNull(signer);
        return ApiConfigValidation.Validate(this, signer);
    }

    /// <summary>Checks every field and returns the validated form, or a <see cref="ConfigError"/> listing every problem.</summary>
    public Either<ConfigError, ValidatedApiConfig> Validate() => ApiConfigValidation.Validate(this, null);

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append(ToComparable());
        return true;
    }

    private string ToComparable() =>
        $"auth_server_issuer = {AuthServerIssuer}, authorization_endpoint = {AuthorizationEndpoint}, "
        + $"token_endpoint = {TokenEndpoint}, resource_endpoint = {ResourceEndpoint}, jwks_uri = {JwksUri}, "
        + $"client_id = {ClientId}, client_secret = {Redacted(ClientSecret)}, "
        + $"token_endpoint_auth_method = {TokenEndpointAuthMethod}, signing_key = {Redacted(SigningKey)}, "
        + $"signing_alg = {SigningAlg}, kid = {Kid}, permissions = [{string.Join(", ", Permissions)}], "
        + $"registered_redirect_url = {RegisteredRedirectUrl}, scope = {Scope}, "
        + $"transport_cert_file = {TransportCertFile}, transport_key_file = {TransportKeyFile}, "
        + $"fapi_financial_id = {FapiFinancialId}, aisp_base_path = {AispBasePath}, pisp_base_path = {PispBasePath}, cbpii_base_path = {CbpiiBasePath}, api_version = {ApiVersion}, ca_bundle_file = {CaBundleFile}, "
        + $"request_object_lifetime = {RequestObjectLifetime}, client_assertion_lifetime = {ClientAssertionLifetime}, "
        + $"response_type = {ResponseType}, id_token_signing_alg = {IdTokenSigningAlg}, max_age = {MaxAge}, "
        + $"clock_skew = {ClockSkew}, request_timeout = {RequestTimeout}, allow_http_loopback = {AllowHttpLoopback}, "
        + $"org_id = {OrgId}, software_statement_id = {SoftwareStatementId}, jws_tan = {JwsTan}, aspsp_org_id = {AspspOrgId}, "
        + $"aspsp_jwks_uri = {AspspJwksUri}, response_signature = {ResponseSignature}, jws_unencoded_payload = {JwsUnencodedPayload}, "
        + $"submission_max_attempts = {SubmissionMaxAttempts}, submission_retry_delay = {SubmissionRetryDelay}";

    private static string Redacted(string? secret) => secret is null ? "(none)" : "***";
}
