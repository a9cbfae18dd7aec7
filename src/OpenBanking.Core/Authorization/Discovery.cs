using LanguageExt;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;
using OpenBanking.Core.Jose;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Authorization;

/// <summary>Builders and parsers for the bank's discovery document and JWKS.</summary>
public static class Discovery
{
    /// <summary>GET <c>{issuer}/.well-known/openid-configuration</c> (OIDC Discovery §4.1).</summary>
    public static HttpRequestSpec ConfigurationRequest(string issuer)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        return Get("GET openid-configuration", new Uri($"{issuer.TrimEnd('/')}/.well-known/openid-configuration"));
    }

    /// <summary>Parses a discovery document; its <c>issuer</c> must be exactly <paramref name="expectedIssuer"/>.</summary>
    public static Either<OpenBankingError, DiscoveryDocument> ParseConfiguration(HttpResponseSpec response, string expectedIssuer) =>
        ObJson.Read(response, ObJsonContext.Default.DiscoveryDocument, "GET openid-configuration", 200, "an OpenID Provider metadata document")
            .Bind(document => document.Issuer == expectedIssuer
                ? Prelude.Right<OpenBankingError, DiscoveryDocument>(document)
                : new ValidationError("discovery.issuer", $"the document's issuer is '{document.Issuer}', not '{expectedIssuer}' (OIDC Discovery §4.3)"));

    /// <summary>GET the bank's JWKS.</summary>
    public static HttpRequestSpec JwksRequest(Uri jwksUri) => Get("GET jwks", jwksUri);

    /// <summary>Parses the bank's JWKS.</summary>
    public static Either<OpenBankingError, JsonWebKeySet> ParseJwks(HttpResponseSpec response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Status == 200
            ? JsonWebKeySet.Parse(response.BodyText, response.InteractionId)
            : ResponseErrors.Classify(response, "GET jwks");
    }

    private static HttpRequestSpec Get(string operation, Uri uri) =>
        new(operation, HttpMethod.Get, uri, [KeyValuePair.Create("Accept", "application/json")], RequestBody.None);
}
