using OpenBanking.Core.Io;
using OpenBanking.Core.Jose;

namespace OpenBanking.Core.Configuration;

/// <summary>
/// A configuration that passed <see cref="ApiConfig.Validate()"/>, made of typed parts: endpoints as URIs, the client
/// authentication as a closed union holding what its method needs, the response type as an enum, lifetimes and
/// timeouts as <see cref="TimeSpan"/>s, the signer loaded. Builders take this, so they never re-check or re-parse; it
/// keeps no reference to the raw <see cref="ApiConfig"/>. <see cref="ToString"/> prints no secret.
/// </summary>
public sealed class ValidatedApiConfig
{
    internal ValidatedApiConfig(
        string issuer,
        Uri authorizationEndpoint,
        Uri tokenEndpoint,
        Uri resourceEndpoint,
        Uri? jwksUri,
        string clientId,
        ClientAuthentication clientAuthentication,
        IJwsSigner? signer,
        IReadOnlyList<string> permissions,
        string redirectUri,
        IReadOnlyList<string> scopes,
        string? fapiFinancialId,
        string aisBasePath,
        string pisBasePath,
        string cbpiiBasePath,
        string? apiVersion,
        TimeSpan requestObjectLifetime,
        ResponseType responseType,
        string idTokenSigningAlg,
        TimeSpan maxAge,
        TimeSpan clockSkew,
        TimeSpan requestTimeout,
        bool allowHttpLoopback,
        TransportFiles transportFiles)
    {
        Issuer = issuer;
        AuthorizationEndpoint = authorizationEndpoint;
        TokenEndpoint = tokenEndpoint;
        ResourceEndpoint = resourceEndpoint;
        JwksUri = jwksUri;
        ClientId = clientId;
        ClientAuthentication = clientAuthentication;
        Signer = signer;
        Permissions = permissions;
        RedirectUri = redirectUri;
        Scopes = scopes;
        FapiFinancialId = fapiFinancialId;
        AisBasePath = aisBasePath;
        PisBasePath = pisBasePath;
        CbpiiBasePath = cbpiiBasePath;
        ApiVersion = apiVersion;
        RequestObjectLifetime = requestObjectLifetime;
        ResponseType = responseType;
        IdTokenSigningAlg = idTokenSigningAlg;
        MaxAge = maxAge;
        ClockSkew = clockSkew;
        RequestTimeout = requestTimeout;
        AllowHttpLoopback = allowHttpLoopback;
        TransportFiles = transportFiles;
    }

    /// <summary>The <c>http://openbanking.org.uk/iss</c> of the TPP's <c>x-jws-signature</c>s (<c>{org_id}/{software_statement_id}</c>); null when not configured.</summary>
    public string? JwsIssuer { get; internal init; }

    /// <summary>The <c>http://openbanking.org.uk/tan</c> of the TPP's <c>x-jws-signature</c>s.</summary>
    public string JwsTrustAnchor { get; internal init; } = ApiConfig.DefaultJwsTan;

    /// <summary>The bank's organisation id, the <c>iss</c> its response signatures must carry; null when not configured.</summary>
    public string? AspspOrgId { get; internal init; }

    /// <summary>Where the bank's response-signing keys are, when configured apart from <see cref="JwksUri"/>.</summary>
    public Uri? AspspJwksUri { get; internal init; }

    /// <summary>Whether payment responses must carry the bank's <c>x-jws-signature</c>.</summary>
    public ResponseSignaturePolicy ResponseSignature { get; internal init; } = ResponseSignaturePolicy.Required;

    /// <summary>True when <c>x-jws-signature</c>s are signed in the RFC 7797 unencoded-payload form (<c>b64: false</c>), for banks before v3.1.4.</summary>
    public bool JwsUnencodedPayload { get; internal init; }

    /// <summary>How many times a submission is sent at most.</summary>
    public int SubmissionMaxAttempts { get; internal init; } = 3;

    /// <summary>The wait before a submission's second attempt (doubling after).</summary>
    public TimeSpan SubmissionRetryDelay { get; internal init; } = TimeSpan.FromSeconds(1);

    /// <summary>The Payment Initiation API base path in use (VRP included): <c>pisp_base_path</c>, or the one <c>api_version</c> gives.</summary>
    public string PisBasePath { get; }

    /// <summary>The Confirmation of Funds API base path in use: <c>cbpii_base_path</c>, or the one <c>api_version</c> gives.</summary>
    public string CbpiiBasePath { get; }

    /// <summary>
    /// The base path of the API family whose paths end in <paramref name="segment"/>: the configured one for <c>aisp</c>,
    /// <c>pisp</c> and <c>cbpii</c>; for any other family <c>/open-banking/v{major}.{minor}/{segment}</c> of the configured
    /// version (v3.1 when none is set).
    /// </summary>
    public string BasePath(string segment)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(segment);
        return segment switch
        {
            "aisp" => AisBasePath,
            "pisp" => PisBasePath,
            "cbpii" => CbpiiBasePath,
            _ => ApiVersions.BasePath($"/open-banking/v3.1/{segment}", $"/open-banking/v3.1/{segment}", segment, ApiVersion),
        };
    }

    /// <summary>The issuer string, compared exactly with id_token <c>iss</c> (no normalisation).</summary>
    public string Issuer { get; }

    /// <summary>The authorisation endpoint (<see cref="Uri.OriginalString"/> is the configured text).</summary>
    public Uri AuthorizationEndpoint { get; }

    /// <summary>The token endpoint (<see cref="Uri.OriginalString"/> is the configured text, the client assertion's <c>aud</c>).</summary>
    public Uri TokenEndpoint { get; }

    /// <summary>The resource server's base URL.</summary>
    public Uri ResourceEndpoint { get; }

    /// <summary>The bank's JWKS URL, when configured.</summary>
    public Uri? JwksUri { get; }

    /// <summary>The client id.</summary>
    public string ClientId { get; }

    /// <summary>How the client authenticates to the token endpoint, with its secret or signer.</summary>
    public ClientAuthentication ClientAuthentication { get; }

    /// <summary>The token endpoint authentication method (the method of <see cref="ClientAuthentication"/>).</summary>
    public TokenEndpointAuthMethod AuthMethod => ClientAuthentication.Method;

    /// <summary>
    /// What signs request objects (and, under <c>private_key_jwt</c>, client assertions): the <c>signing_key</c> PEM with
    /// its <c>kid</c> and <c>signing_alg</c>, or the signer given to <see cref="ApiConfig.Validate(IJwsSigner)"/>; null when
    /// neither was configured (then no consent URL can be built).
    /// </summary>
    public IJwsSigner? Signer { get; }

    /// <summary>The permissions to ask for in an account access consent.</summary>
    public IReadOnlyList<string> Permissions { get; }

    /// <summary>The registered redirect URI, exactly as registered.</summary>
    public string RedirectUri { get; }

    /// <summary>The configured scopes, split on spaces.</summary>
    public IReadOnlyList<string> Scopes { get; }

    /// <summary>The bank's <c>x-fapi-financial-id</c>, sent only when set.</summary>
    public string? FapiFinancialId { get; }

    /// <summary>The Account and Transaction API base path in use: <c>aisp_base_path</c>, or the one <c>api_version</c> gives when that is left at its default.</summary>
    public string AisBasePath { get; }

    /// <summary>The Read/Write API version configured (<c>api_version</c>), or null.</summary>
    public string? ApiVersion { get; }

    /// <summary>How long a request object is valid (exp − nbf).</summary>
    public TimeSpan RequestObjectLifetime { get; }

    /// <summary>The OAuth response type the consent URL asks for.</summary>
    public ResponseType ResponseType { get; }

    /// <summary>The only algorithm accepted on the bank's id_tokens.</summary>
    public string IdTokenSigningAlg { get; }

    /// <summary>The request object's <c>max_age</c>: how long ago the PSU may have authenticated (whole seconds).</summary>
    public TimeSpan MaxAge { get; }

    /// <summary>How far the bank's clock may be from ours when checking id_token times.</summary>
    public TimeSpan ClockSkew { get; }

    /// <summary>How long one request may take.</summary>
    public TimeSpan RequestTimeout { get; }

    /// <summary>Whether <c>http://</c> endpoints on loopback hosts are allowed.</summary>
    public bool AllowHttpLoopback { get; }

    /// <summary>The transport certificate, key and CA bundle files the configuration names.</summary>
    public TransportFiles TransportFiles { get; }

    /// <summary>
    /// The transport credentials, when they were loaded with the configuration (<see cref="ConfigFile.Load(string)"/>, or
    /// <see cref="WithTransportCredentials"/>): <see cref="HttpClientInterpreter.Create(ValidatedApiConfig)"/> then uses
    /// them instead of reading <see cref="TransportFiles"/>. Null when only the file names are known.
    /// </summary>
    /// <remarks>
    /// Credentials attached here belong to whoever attached them (for <see cref="ConfigFile.Load(string)"/>, to this
    /// configuration, for as long as it lives); an interpreter created from the configuration never disposes them.
    /// </remarks>
    public TransportCredentials? TransportCredentials { get; private set; }

    /// <summary>
    /// This configuration with <paramref name="credentials"/> as its transport credentials (e.g. a certificate from a key
    /// vault, or files loaded once and shared by several interpreters). They stay yours: no interpreter created from the
    /// configuration disposes them, so dispose them, if at all, after the last interpreter.
    /// </summary>
    public ValidatedApiConfig WithTransportCredentials(TransportCredentials credentials)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        var copy = (ValidatedApiConfig)MemberwiseClone();
        copy.TransportCredentials = credentials;
        return copy;
    }

    /// <summary>Every part but secrets and key material: the client authentication shows its method, the signer its kid and algorithm.</summary>
    public override string ToString() =>
        $"ValidatedApiConfig(issuer = {Issuer}, authorization_endpoint = {AuthorizationEndpoint.OriginalString}, "
        + $"token_endpoint = {TokenEndpoint.OriginalString}, resource_endpoint = {ResourceEndpoint.OriginalString}, "
        + $"jwks_uri = {JwksUri?.OriginalString ?? "(discovery)"}, client_id = {ClientId}, client_authentication = {ClientAuthentication}, "
        + $"signer = {(Signer is null ? "(none)" : $"kid {SafeSigner.KeyIdOf(Signer)}, {SafeSigner.AlgorithmOf(Signer)}")}, "
        + $"permissions = [{string.Join(", ", Permissions)}], redirect_uri = {RedirectUri}, scope = {string.Join(' ', Scopes)}, "
        + $"fapi_financial_id = {FapiFinancialId}, aisp_base_path = {AisBasePath}, pisp_base_path = {PisBasePath}, cbpii_base_path = {CbpiiBasePath}, api_version = {ApiVersion}, "
        + $"request_object_lifetime = {RequestObjectLifetime}, response_type = {ResponseType.ToWireName()}, "
        + $"id_token_signing_alg = {IdTokenSigningAlg}, max_age = {MaxAge}, clock_skew = {ClockSkew}, request_timeout = {RequestTimeout}, "
        + $"allow_http_loopback = {AllowHttpLoopback}, transport = {TransportFiles.CertificateFile}, "
        + $"ca_bundle_file = {TransportFiles.CaBundleFile}, transport_credentials = {(TransportCredentials is null ? "not loaded" : "loaded")})";
}
