using System.Text.Json.Serialization;

namespace OpenBanking.Core.Authorization;

/// <summary>The parts of a bank's OpenID Provider metadata (OIDC Discovery §3) the library uses.</summary>
/// <param name="Issuer">The issuer; must equal the URL it was fetched under (OIDC Discovery §4.3).</param>
/// <param name="AuthorizationEndpoint">The authorisation endpoint.</param>
/// <param name="TokenEndpoint">The token endpoint.</param>
/// <param name="JwksUri">The JWKS with the bank's id_token signing keys.</param>
/// <param name="TokenEndpointAuthMethodsSupported">Client authentication methods the bank accepts.</param>
/// <param name="IdTokenSigningAlgValuesSupported">Algorithms the bank signs id_tokens with.</param>
/// <param name="RequestObjectSigningAlgValuesSupported">Algorithms the bank accepts request objects signed with.</param>
/// <param name="ResponseTypesSupported">Response types the bank supports.</param>
/// <param name="ScopesSupported">Scopes the bank supports.</param>
/// <param name="MtlsEndpointAliases">mTLS endpoints, when they differ (RFC 8705 §5).</param>
public sealed record DiscoveryDocument(
    [property: JsonPropertyName("issuer")] string Issuer,
    [property: JsonPropertyName("authorization_endpoint")] string AuthorizationEndpoint,
    [property: JsonPropertyName("token_endpoint")] string TokenEndpoint,
    [property: JsonPropertyName("jwks_uri")] string JwksUri,
    [property: JsonPropertyName("token_endpoint_auth_methods_supported")] EquatableList<string>? TokenEndpointAuthMethodsSupported = null,
    [property: JsonPropertyName("id_token_signing_alg_values_supported")] EquatableList<string>? IdTokenSigningAlgValuesSupported = null,
    [property: JsonPropertyName("request_object_signing_alg_values_supported")] EquatableList<string>? RequestObjectSigningAlgValuesSupported = null,
    [property: JsonPropertyName("response_types_supported")] EquatableList<string>? ResponseTypesSupported = null,
    [property: JsonPropertyName("scopes_supported")] EquatableList<string>? ScopesSupported = null,
    [property: JsonPropertyName("mtls_endpoint_aliases")] EquatableDictionary<string, string>? MtlsEndpointAliases = null);
