using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MockAspsp.Hosting;

namespace MockAspsp.Features.Discovery;

/// <summary>OpenID Provider metadata (OIDC Discovery §3) and the bank's JWKS.</summary>
public static class DiscoveryEndpoints
{
    /// <summary>Maps /.well-known/openid-configuration and /jwks.</summary>
    public static IEndpointRouteBuilder MapDiscovery(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/.well-known/openid-configuration", (MockBank bank) => Results.Content(Configuration(bank).ToJsonString(), "application/json"));
        routes.MapGet("/jwks", (MockBank bank) => Results.Content(bank.IdTokens.Jwks(), "application/jwk-set+json"));
        return routes;
    }

    private static JsonObject Configuration(MockBank bank)
    {
        var issuer = bank.Issuer.Value;
        return new JsonObject
        {
            ["issuer"] = issuer,
            ["authorization_endpoint"] = bank.Issuer.AuthorizationEndpoint,
            ["token_endpoint"] = bank.Issuer.TokenEndpoint,
            ["jwks_uri"] = $"{issuer}/jwks",
            ["scopes_supported"] = Array("openid", "accounts", "payments"),
            ["response_types_supported"] = Array("code id_token"),
            ["response_modes_supported"] = Array("fragment"),
            ["grant_types_supported"] = Array("client_credentials", "authorization_code", "refresh_token"),
            ["acr_values_supported"] = Array("urn:openbanking:psd2:sca", "urn:openbanking:psd2:ca"),
            ["subject_types_supported"] = Array("public"),
            ["id_token_signing_alg_values_supported"] = Array("PS256", "RS256"),
            ["request_object_signing_alg_values_supported"] = Array("PS256", "ES256"),
            ["token_endpoint_auth_methods_supported"] = Array("client_secret_basic", "client_secret_post", "private_key_jwt", "tls_client_auth"),
            ["token_endpoint_auth_signing_alg_values_supported"] = Array("PS256", "ES256"),
            ["claims_supported"] = Array("iss", "sub", "aud", "exp", "iat", "auth_time", "nonce", "acr", "openbanking_intent_id", "c_hash", "s_hash"),
            ["claims_parameter_supported"] = true,
            ["request_parameter_supported"] = true,
            ["request_uri_parameter_supported"] = false,
            ["require_request_uri_registration"] = false,
            ["tls_client_certificate_bound_access_tokens"] = true,
            ["authorization_response_iss_parameter_supported"] = true,
            ["mtls_endpoint_aliases"] = new JsonObject { ["token_endpoint"] = bank.Issuer.TokenEndpoint },
        };
    }

    private static JsonArray Array(params string[] values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);
}
