using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using LanguageExt;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Json;
using OpenBanking.Core.Protocol;

namespace OpenBanking.Core.Jose;

/// <summary>
/// A private key the TPP signs with (client assertions, request objects), with its JWS algorithm
/// and key id. Never printed: <see cref="ToString"/> shows only the algorithm and kid. The library's own
/// <see cref="IJwsSigner"/>; <see cref="CompactJws"/> signs with it without copying the signature.
/// </summary>
public sealed class SigningKey : IJwsSigner
{
    private readonly RSA? _rsa;
    private readonly ECDsa? _ecdsa;

    // The base64url JWS headers this key signs under, made once: typ JWT, and no typ.
    private byte[]? _typedHeader;
    private byte[]? _untypedHeader;

    private SigningKey(string algorithm, string keyId, RSA? rsa, ECDsa? ecdsa)
    {
        Algorithm = algorithm;
        KeyId = keyId;
        _rsa = rsa;
        _ecdsa = ecdsa;
        // RSA: as long as the modulus; ES256: r and s of 32 bytes each (RFC 7518 §3.4).
        SignatureSize = rsa is not null ? (rsa.KeySize + 7) / 8 : 64;
    }

    /// <summary>The JWS <c>alg</c>: PS256, ES256 or RS256.</summary>
    public string Algorithm { get; }

    /// <summary>The JWS <c>kid</c>: the key's id in the TPP's JWKS (the directory's kid).</summary>
    public string KeyId { get; }

    /// <summary>
    /// Reads a PKCS#8, PKCS#1 or SEC1 PEM private key and checks it fits <paramref name="algorithm"/>
    /// (RSA of at least 2048 bits for PS256/RS256; P-256 for ES256). Left is a reason a person can act on.
    /// </summary>
    public static Either<string, SigningKey> FromPem(string pem, string algorithm, string keyId)
    {
        ArgumentNullException.ThrowIfNull(pem);
        ArgumentNullException.ThrowIfNull(algorithm);
        ArgumentNullException.ThrowIfNull(keyId);
        if (!JwsAlgorithms.Supported.Contains(algorithm))
        {
            return $"algorithm '{algorithm}' is not one of {string.Join(", ", JwsAlgorithms.Supported)}";
        }

        if (!pem.Contains("PRIVATE KEY-----", StringComparison.Ordinal))
        {
            return "is not a PEM private key (expected a '-----BEGIN PRIVATE KEY-----' block)";
        }

        return algorithm == JwsAlgorithms.ES256 ? EcKey(pem, keyId) : RsaKey(pem, algorithm, keyId);
    }

    /// <summary>Wraps an RSA key already in memory (e.g. from a key vault).</summary>
    public static SigningKey FromRsa(RSA rsa, string algorithm, string keyId)
    {
        ArgumentNullException.ThrowIfNull(rsa);
        if (algorithm is not (JwsAlgorithms.PS256 or JwsAlgorithms.RS256))
        {
            throw new ArgumentException($"An RSA key signs with PS256 or RS256, not {algorithm}.", nameof(algorithm));
        }

        if (rsa.KeySize < 2048)
        {
            throw new ArgumentException($"A {rsa.KeySize}-bit RSA key is too small; {algorithm} needs at least 2048 bits.", nameof(rsa));
        }

        return new SigningKey(algorithm, keyId, rsa, null);
    }

    /// <summary>Wraps a P-256 ECDSA key already in memory, for ES256.</summary>
    public static SigningKey FromECDsa(ECDsa ecdsa, string keyId)
    {
        ArgumentNullException.ThrowIfNull(ecdsa);
        if (!IsP256(ecdsa))
        {
            throw new ArgumentException("ES256 needs a key on the P-256 curve.", nameof(ecdsa));
        }

        return new SigningKey(JwsAlgorithms.ES256, keyId, null, ecdsa);
    }

    /// <summary>Signs <paramref name="signingInput"/> (a JWS signing input) with the key's algorithm.</summary>
    public byte[] Sign(ReadOnlySpan<byte> signingInput)
    {
        var signature = new byte[SignatureSize];
        var length = Sign(signingInput, signature);
        return length == signature.Length ? signature : signature[..length];
    }

    /// <summary>The length of a signature, in bytes.</summary>
    internal int SignatureSize { get; }

    /// <summary>Signs <paramref name="data"/> into <paramref name="destination"/> (at least <see cref="SignatureSize"/> bytes); the signature's length.</summary>
    internal int Sign(ReadOnlySpan<byte> data, Span<byte> destination)
    {
        var signed = Algorithm switch
        {
            JwsAlgorithms.PS256 => _rsa!.TrySignData(data, destination, HashAlgorithmName.SHA256, RSASignaturePadding.Pss, out var written) ? written : -1,
            JwsAlgorithms.RS256 => _rsa!.TrySignData(data, destination, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1, out var written) ? written : -1,
            // IEEE P1363 (r || s) is the JWS form of an ECDSA signature (RFC 7518 §3.4) and .NET's default.
            _ => _ecdsa!.TrySignData(data, destination, HashAlgorithmName.SHA256, out var written) ? written : -1,
        };
        return signed >= 0 ? signed : throw new ArgumentException($"A {Algorithm} signature needs {SignatureSize} bytes; the destination has {destination.Length}.", nameof(destination));
    }

    /// <summary>The JWS protected header for this key, <c>{"alg","kid"[,"typ"]}</c>, base64url-encoded as UTF-8.</summary>
    internal ReadOnlySpan<byte> EncodedHeader(string? type) => type switch
    {
        "JWT" => _typedHeader ??= Header(type),
        null => _untypedHeader ??= Header(null),
        _ => Header(type),
    };

    private byte[] Header(string? type) => CompactJws.EncodedHeader(Algorithm, KeyId, type);

    /// <summary>The public half as a JSON Web Key (for a JWKS the bank or the mock bank reads).</summary>
    public JsonWebKey PublicJwk() => _rsa is not null
        ? JsonWebKey.FromRsa(_rsa.ExportParameters(false), KeyId, Algorithm)
        : JsonWebKey.FromEc(_ecdsa!.ExportParameters(false), KeyId);

    /// <inheritdoc />
    public override string ToString() => $"SigningKey({Algorithm}, kid={KeyId})";

    private static Either<string, SigningKey> RsaKey(string pem, string algorithm, string keyId)
    {
        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(pem);
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            rsa.Dispose();
            return $"is not a readable RSA private key for {algorithm} ({ExceptionText.FirstLine(e)})";
        }

        if (rsa.KeySize < 2048)
        {
            var size = rsa.KeySize;
            rsa.Dispose();
            return $"is a {size}-bit RSA key; {algorithm} needs at least 2048 bits";
        }

        return new SigningKey(algorithm, keyId, rsa, null);
    }

    private static Either<string, SigningKey> EcKey(string pem, string keyId)
    {
        var ecdsa = ECDsa.Create();
        try
        {
            ecdsa.ImportFromPem(pem);
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            ecdsa.Dispose();
            return $"is not a readable EC private key for ES256 ({ExceptionText.FirstLine(e)})";
        }

        if (!IsP256(ecdsa))
        {
            ecdsa.Dispose();
            return "is not a P-256 key; ES256 needs the P-256 curve";
        }

        return new SigningKey(JwsAlgorithms.ES256, keyId, null, ecdsa);
    }

    // brainpoolP256r1 is 256 bits too; only the curve's OID tells them apart.
    private static bool IsP256(ECDsa ecdsa) =>
        ecdsa.ExportParameters(false).Curve.Oid?.Value == ECCurve.NamedCurves.nistP256.Oid.Value;

}
