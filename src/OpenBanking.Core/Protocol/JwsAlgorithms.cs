namespace OpenBanking.Core.Protocol;

/// <summary>JWS algorithms (RFC 7518). FAPI 1.0 Advanced allows PS256 and ES256; RS256 is accepted for older banks.</summary>
public static class JwsAlgorithms
{
    /// <summary>RSASSA-PSS with SHA-256: the FAPI default.</summary>
    public const string PS256 = "PS256";

    /// <summary>ECDSA P-256 with SHA-256.</summary>
    public const string ES256 = "ES256";

    /// <summary>RSASSA-PKCS1-v1_5 with SHA-256: not FAPI, but some sandboxes still use it.</summary>
    public const string RS256 = "RS256";

    /// <summary>The algorithms this library signs and verifies with; "none" and HMAC are never among them.</summary>
    public static IReadOnlyList<string> Supported { get; } = [PS256, ES256, RS256];
}
