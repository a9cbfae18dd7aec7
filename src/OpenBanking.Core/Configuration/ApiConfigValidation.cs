using LanguageExt;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Jose;
using OpenBanking.Core.Protocol;

namespace OpenBanking.Core.Configuration;

/// <summary>The checks behind <see cref="ApiConfig.Validate()"/>; every problem is collected, none stops the rest.</summary>
internal static class ApiConfigValidation
{
    private static readonly TimeSpan MaxRequestObjectLifetime = TimeSpan.FromMinutes(60);

    public static Either<ConfigError, ValidatedApiConfig> Validate(ApiConfig config, IJwsSigner? signer)
    {
        ArgumentNullException.ThrowIfNull(config);
        var problems = new List<ConfigProblem>();
        void Problem(string field, string reason) => problems.Add(new ConfigProblem(field, reason));

        CheckEndpoint(problems, config, "auth_server_issuer", config.AuthServerIssuer, required: true);

        var authorizationEndpoint = CheckEndpoint(problems, config, "authorization_endpoint", config.AuthorizationEndpoint, required: true);
        var tokenEndpoint = CheckEndpoint(problems, config, "token_endpoint", config.TokenEndpoint, required: true);
        var resourceEndpoint = CheckEndpoint(problems, config, "resource_endpoint", config.ResourceEndpoint, required: true);
        var jwksUri = CheckEndpoint(problems, config, "jwks_uri", config.JwksUri, required: false);

        if (string.IsNullOrWhiteSpace(config.ClientId))
        {
            Problem("client_id", "is required");
        }

        var method = TokenEndpointAuthMethods.FromWireName(config.TokenEndpointAuthMethod);
        if (method is null)
        {
            Problem("token_endpoint_auth_method", config.TokenEndpointAuthMethod is null
                ? $"is required: one of {string.Join(", ", TokenEndpointAuthMethods.All)}"
                : $"'{config.TokenEndpointAuthMethod}' is not one of {string.Join(", ", TokenEndpointAuthMethods.All)}");
        }

        if (method is TokenEndpointAuthMethod.ClientSecretBasic or TokenEndpointAuthMethod.ClientSecretPost
            && string.IsNullOrEmpty(config.ClientSecret))
        {
            Problem("client_secret", $"is required for {config.TokenEndpointAuthMethod}");
        }

        SigningKey? signingKey = null;
        if (!JwsAlgorithms.Supported.Contains(config.SigningAlg))
        {
            Problem("signing_alg", $"'{config.SigningAlg}' is not one of {string.Join(", ", JwsAlgorithms.Supported)} (never none or HMAC)");
        }
        else if (!string.IsNullOrWhiteSpace(config.SigningKey))
        {
            SigningKey.FromPem(config.SigningKey, config.SigningAlg, config.Kid ?? "").Match(
                Right: key => signingKey = key,
                Left: reason => Problem("signing_key", reason));
        }

        if (signer is not null)
        {
            CheckSigner(problems, config, signer);
        }

        if (method == TokenEndpointAuthMethod.PrivateKeyJwt && string.IsNullOrWhiteSpace(config.SigningKey) && signer is null)
        {
            Problem("signing_key", "is required for private_key_jwt (the PEM private key that signs client assertions), or pass a signer of your own to Validate");
        }

        if (!string.IsNullOrWhiteSpace(config.SigningKey) && string.IsNullOrWhiteSpace(config.Kid))
        {
            Problem("kid", "is required with a signing_key: banks find the verification key in your JWKS by it");
        }

        // Only what a bank must reject (ObPermission.Rejections): a set without ReadAccounts* or with a repeat is sent as it is.
        foreach (var rejection in ObPermission.Rejections(config.Permissions))
        {
            Problem("permissions", rejection.Message);
        }

        if (string.IsNullOrWhiteSpace(config.RegisteredRedirectUrl))
        {
            Problem("registered_redirect_url", "is required");
        }
        else if (!Uri.TryCreate(config.RegisteredRedirectUrl, UriKind.Absolute, out var redirect) || redirect.Fragment.Length > 0)
        {
            Problem("registered_redirect_url", "must be an absolute URL without a fragment (OAuth 2.0, RFC 6749 §3.1.2)");
        }

        if (string.IsNullOrWhiteSpace(config.Scope))
        {
            Problem("scope", "is required, e.g. \"openid accounts\"");
        }

        if (string.IsNullOrWhiteSpace(config.TransportCertFile))
        {
            Problem("transport_cert_file", "is required: the Read/Write API is only reachable over mutual TLS");
        }

        if (string.IsNullOrWhiteSpace(config.TransportKeyFile))
        {
            Problem("transport_key_file", "is required: the private key of the transport certificate");
        }

        foreach (var (field, path, example) in new[]
        {
            ("aisp_base_path", config.AispBasePath, ApiConfig.DefaultAisBasePath),
            ("pisp_base_path", config.PispBasePath, ApiConfig.DefaultPisBasePath),
            ("cbpii_base_path", config.CbpiiBasePath, ApiConfig.DefaultCbpiiBasePath),
        })
        {
            if (path is null || !path.StartsWith('/') || path.EndsWith('/'))
            {
                Problem(field, $"'{path}' must start with '/' and not end with one, e.g. {example}");
            }
        }

        if (config.ApiVersion is { } version && !ApiVersions.IsValid(version))
        {
            Problem("api_version", $"'{version}' is not a version such as 3.1.11 or 4.0");
        }

        if (config.RequestObjectLifetime <= TimeSpan.Zero || config.RequestObjectLifetime > MaxRequestObjectLifetime)
        {
            Problem("request_object_lifetime_seconds", "must be more than 0 and at most 3600 (exp − nbf ≤ 60 minutes, FAPI 1.0 Advanced §5.2.2)");
        }

        if (config.ClientAssertionLifetime <= TimeSpan.Zero || config.ClientAssertionLifetime > MaxRequestObjectLifetime)
        {
            Problem("client_assertion_lifetime_seconds", "must be more than 0 and at most 3600");
        }

        if (config.ResponseType is not ("code id_token" or "code"))
        {
            Problem("response_type", $"'{config.ResponseType}' is not supported: use \"code id_token\" (hybrid flow) or \"code\"");
        }

        if (!JwsAlgorithms.Supported.Contains(config.IdTokenSigningAlg))
        {
            Problem("id_token_signing_alg", $"'{config.IdTokenSigningAlg}' is not one of {string.Join(", ", JwsAlgorithms.Supported)}");
        }

        if (config.MaxAge < 0)
        {
            Problem("max_age", "must not be negative");
        }

        if (config.ClockSkew < TimeSpan.Zero || config.ClockSkew > TimeSpan.FromMinutes(10))
        {
            Problem("clock_skew_seconds", "must be between 0 and 600");
        }

        if (config.RequestTimeout <= TimeSpan.Zero || config.RequestTimeout > TimeSpan.FromMinutes(10))
        {
            Problem("request_timeout_seconds", "must be more than 0 and at most 600");
        }

        var aspspJwksUri = CheckEndpoint(problems, config, "aspsp_jwks_uri", config.AspspJwksUri, required: false);
        CheckPaymentSigning(problems, config);
        var responseSignature = ResponseSignaturePolicies.FromWireName(config.ResponseSignature);
        if (responseSignature is null)
        {
            Problem("response_signature", $"'{config.ResponseSignature}' is not one of {string.Join(", ", ResponseSignaturePolicies.All)}");
        }

        IJwsSigner? chosenSigner = signer ?? signingKey;
        ClientAuthentication? authentication = method switch
        {
            TokenEndpointAuthMethod.ClientSecretBasic when config.ClientSecret is { Length: > 0 } secret => new ClientAuthentication.ClientSecretBasic(secret),
            TokenEndpointAuthMethod.ClientSecretPost when config.ClientSecret is { Length: > 0 } secret => new ClientAuthentication.ClientSecretPost(secret),
            TokenEndpointAuthMethod.PrivateKeyJwt when chosenSigner is not null => new ClientAuthentication.PrivateKeyJwt(chosenSigner, config.ClientAssertionLifetime),
            TokenEndpointAuthMethod.TlsClientAuth => new ClientAuthentication.TlsClientAuth(),
            _ => null,
        };

        if (problems.Count == 0
            && config.AuthServerIssuer is { } issuer
            && authorizationEndpoint is not null && tokenEndpoint is not null && resourceEndpoint is not null
            && config.ClientId is { } clientId
            && authentication is not null
            && config.RegisteredRedirectUrl is { } redirectUri
            && config.TransportCertFile is { } certFile && config.TransportKeyFile is { } keyFile)
        {
            return new ValidatedApiConfig(
                issuer, authorizationEndpoint, tokenEndpoint, resourceEndpoint, jwksUri, clientId, authentication, chosenSigner,
                [.. config.Permissions], redirectUri, config.Scope.Split(' ', StringSplitOptions.RemoveEmptyEntries),
                config.FapiFinancialId, ApiVersions.AisBasePath(config.AispBasePath, config.ApiVersion),
                ApiVersions.BasePath(config.PispBasePath, ApiConfig.DefaultPisBasePath, "pisp", config.ApiVersion),
                ApiVersions.BasePath(config.CbpiiBasePath, ApiConfig.DefaultCbpiiBasePath, "cbpii", config.ApiVersion), config.ApiVersion,
                config.RequestObjectLifetime, ResponseTypes.FromWireName(config.ResponseType) ?? ResponseType.CodeIdToken,
                config.IdTokenSigningAlg, TimeSpan.FromSeconds(config.MaxAge), config.ClockSkew, config.RequestTimeout,
                config.AllowHttpLoopback, new TransportFiles(certFile, keyFile, string.IsNullOrEmpty(config.CaBundleFile) ? null : config.CaBundleFile))
            {
                JwsIssuer = string.IsNullOrWhiteSpace(config.OrgId) ? null : $"{config.OrgId}/{config.SoftwareStatementId}",
                JwsTrustAnchor = config.JwsTan,
                AspspOrgId = string.IsNullOrWhiteSpace(config.AspspOrgId) ? null : config.AspspOrgId,
                AspspJwksUri = aspspJwksUri,
                ResponseSignature = responseSignature ?? ResponseSignaturePolicy.Required,
                JwsUnencodedPayload = config.JwsUnencodedPayload ?? ApiVersions.BeforeJwsWithoutB64(config.ApiVersion),
                SubmissionMaxAttempts = config.SubmissionMaxAttempts,
                SubmissionRetryDelay = config.SubmissionRetryDelay,
            };
        }

        return new ConfigError(problems.Count > 0 ? problems : [new ConfigProblem("(config)", "is incomplete")]);
    }

    // Open Banking Security Profile / Read-Write API "Message Signing" (v3.1.4+): a TPP's iss is "{org-id}/{software-statement-id}",
    // so the two come together; the trust anchor names the directory whose keys verify the signature.
    private static void CheckPaymentSigning(List<ConfigProblem> problems, ApiConfig config)
    {
        var hasOrg = !string.IsNullOrWhiteSpace(config.OrgId);
        var hasSoftware = !string.IsNullOrWhiteSpace(config.SoftwareStatementId);
        if (hasOrg != hasSoftware)
        {
            problems.Add(new ConfigProblem(hasOrg ? "software_statement_id" : "org_id",
                "is required with " + (hasOrg ? "org_id" : "software_statement_id") + ": together they make the iss of every x-jws-signature ({org_id}/{software_statement_id})"));
        }

        if (hasOrg && config.OrgId!.Contains('/', StringComparison.Ordinal))
        {
            problems.Add(new ConfigProblem("org_id", "must not contain '/': the iss claim is {org_id}/{software_statement_id}"));
        }

        if (string.IsNullOrWhiteSpace(config.JwsTan))
        {
            problems.Add(new ConfigProblem("jws_tan", $"must not be empty (default {ApiConfig.DefaultJwsTan})"));
        }

        if (config.SubmissionMaxAttempts is < 1 or > 10)
        {
            problems.Add(new ConfigProblem("submission_max_attempts", "must be between 1 and 10"));
        }

        if (config.SubmissionRetryDelay < TimeSpan.Zero || config.SubmissionRetryDelay > TimeSpan.FromMinutes(1))
        {
            problems.Add(new ConfigProblem("submission_retry_delay_seconds", "must be between 0 and 60"));
        }
    }

    // The signer's kid and alg go into every header it signs, so they are checked here as signing_key's are; the config's
    // signing_alg is left alone (it has a default), but a kid written in the config must be the signer's.
    private static void CheckSigner(List<ConfigProblem> problems, ApiConfig config, IJwsSigner signer)
    {
        if (!string.IsNullOrWhiteSpace(config.SigningKey))
        {
            problems.Add(new ConfigProblem("signing_key", "is set, and a signer was given too: configure one or the other"));
        }

        var (algorithm, algorithmFailure) = SafeSigner.Read(signer, s => s.Algorithm);
        var (keyId, keyIdFailure) = SafeSigner.Read(signer, s => s.KeyId);
        if ((algorithmFailure ?? keyIdFailure) is { } failure)
        {
            problems.Add(new ConfigProblem("signer", $"({signer.GetType().Name}) cannot be read: it {failure}"));
            return;
        }

        if (!JwsAlgorithms.Supported.Contains(algorithm))
        {
            problems.Add(new ConfigProblem("signer", $"signs with '{algorithm}', which is not one of {string.Join(", ", JwsAlgorithms.Supported)} (never none or HMAC)"));
        }

        if (string.IsNullOrWhiteSpace(keyId))
        {
            problems.Add(new ConfigProblem("signer", "has no key id: banks find the verification key in your JWKS by it"));
        }
        else if (!string.IsNullOrEmpty(config.Kid) && config.Kid != keyId)
        {
            problems.Add(new ConfigProblem("kid", $"'{config.Kid}' is not the signer's key id '{keyId}': leave kid out, the signer's is used"));
        }
    }

    private static Uri? CheckEndpoint(List<ConfigProblem> problems, ApiConfig config, string field, string? value, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                problems.Add(new ConfigProblem(field, "is required"));
            }
            else if (value is not null)
            {
                problems.Add(new ConfigProblem(field, "is empty: give an absolute https URL, or leave the key out"));
            }

            return null;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            problems.Add(new ConfigProblem(field, $"'{value}' is not an absolute https URL"));
            return null;
        }

        if (!EndpointRules.IsAllowed(uri, config.AllowHttpLoopback))
        {
            problems.Add(new ConfigProblem(field, config.AllowHttpLoopback
                ? $"'{value}' must be https (http is allowed for loopback hosts only)"
                : $"'{value}' must be https (set allow_http_loopback for a local test server)"));
            return null;
        }

        return uri;
    }
}
