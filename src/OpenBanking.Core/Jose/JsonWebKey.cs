using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.Json;
using OpenBanking.Core.Json;
using OpenBanking.Core.Protocol;

namespace OpenBanking.Core.Jose;

/// <summary>A public JSON Web Key (RFC 7517): RSA (<c>n</c>, <c>e</c>) or EC P-256 (<c>crv</c>, <c>x</c>, <c>y</c>).</summary>
/// <param name="Kty">Key type: <c>RSA</c> or <c>EC</c>.</param>
/// <param name="Kid">Key id.</param>
/// <param name="Use">Intended use (<c>sig</c> or <c>enc</c>), if stated.</param>
/// <param name="Alg">The algorithm the key is for, if stated.</param>
/// <param name="N">RSA modulus, base64url.</param>
/// <param name="E">RSA exponent, base64url.</param>
/// <param name="Crv">EC curve, <c>P-256</c>.</param>
/// <param name="X">EC x coordinate, base64url.</param>
/// <param name="Y">EC y coordinate, base64url.</param>
public sealed record JsonWebKey(
    string Kty,
    string? Kid,
    string? Use = null,
    string? Alg = null,
    string? N = null,
    string? E = null,
    string? Crv = null,
    string? X = null,
    string? Y = null)
{
    /// <summary>The JWK of an RSA public key.</summary>
    public static JsonWebKey FromRsa(RSAParameters parameters, string kid, string alg) =>
        new("RSA", kid, "sig", alg, N: Base64Url.EncodeToString(parameters.Modulus), E: Base64Url.EncodeToString(parameters.Exponent));

    /// <summary>The JWK of a P-256 public key, for ES256.</summary>
    public static JsonWebKey FromEc(ECParameters parameters, string kid) =>
        new("EC", kid, "sig", JwsAlgorithms.ES256, Crv: "P-256",
            X: Base64Url.EncodeToString(parameters.Q.X), Y: Base64Url.EncodeToString(parameters.Q.Y));

    /// <summary>
    /// The RFC 7638 JWK thumbprint: SHA-256 over the required members in lexicographic order, base64url. A kid that
    /// anyone holding the public key can recompute.
    /// </summary>
    public string Thumbprint()
    {
        var canonical = Kty == "RSA"
            ? $"{{\"e\":\"{E}\",\"kty\":\"RSA\",\"n\":\"{N}\"}}"
            : $"{{\"crv\":\"{Crv}\",\"kty\":\"EC\",\"x\":\"{X}\",\"y\":\"{Y}\"}}";
        return Base64Url.EncodeToString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>True when this key can verify signatures made with <paramref name="alg"/>.</summary>
    public bool Fits(string alg) =>
        Use is null or "sig"
        && (Alg is null || Alg == alg)
        && (alg is JwsAlgorithms.PS256 or JwsAlgorithms.RS256 ? Kty == "RSA" : alg == JwsAlgorithms.ES256 && Kty == "EC" && Crv == "P-256");

    /// <summary>
    /// Verifies <paramref name="signature"/> over <paramref name="signingInput"/> with <paramref name="alg"/>.
    /// False for a wrong signature, an algorithm the key does not fit, or a malformed key.
    /// </summary>
    public bool Verify(string alg, ReadOnlySpan<byte> signingInput, ReadOnlySpan<byte> signature)
    {
        if (!Fits(alg))
        {
            return false;
        }

        // Importing a key costs several times the verification itself (an EC point is checked to be on the curve), so
        // each key is imported once and its platform objects are kept with it, one per concurrent verification (an
        // AsymmetricAlgorithm instance is not documented as safe for concurrent use).
        var pool = Imported.GetValue(this, static _ => new ConcurrentBag<AsymmetricAlgorithm>());
        AsymmetricAlgorithm? key = null;
        try
        {
            if (!pool.TryTake(out key) && (key = Import()) is null)
            {
                return false;
            }

            return key switch
            {
                RSA rsa => rsa.VerifyData(signingInput, signature, HashAlgorithmName.SHA256,
                    alg == JwsAlgorithms.PS256 ? RSASignaturePadding.Pss : RSASignaturePadding.Pkcs1),
                ECDsa ecdsa => ecdsa.VerifyData(signingInput, signature, HashAlgorithmName.SHA256),
                _ => false,
            };
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException)
        {
            // A signature the platform refuses to read: not one that verifies.
            return false;
        }
        finally
        {
            if (key is not null)
            {
                pool.Add(key);
            }
        }
    }

    /// <summary>The platform objects made from each key, by reference (records compare by value; the cache must not).</summary>
    private static readonly ConditionalWeakTable<JsonWebKey, ConcurrentBag<AsymmetricAlgorithm>> Imported = new();

    /// <summary>The key as a platform object, or null when it is malformed (then it verifies nothing).</summary>
    private AsymmetricAlgorithm? Import()
    {
        try
        {
            if (Kty == "RSA")
            {
                // RFC 7518 §6.3.1: n and e are unsigned big-endian integers. Below 2048 bits is not a key a bank may sign
                // with (FAPI 1.0 Advanced §8.6); above 16384 bits is not a key anyone uses, only work for the verifier.
                return Decoded(N, 256, 2048) is not { } modulus || Decoded(E, 1, 8) is not { } exponent || exponent.All(b => b == 0)
                    ? null
                    : RSA.Create(new RSAParameters { Modulus = modulus, Exponent = exponent });
            }

            // RFC 7518 §6.2.1.2: each P-256 coordinate is exactly 32 bytes.
            return Decoded(X, 32, 32) is not { } x || Decoded(Y, 32, 32) is not { } y
                ? null
                : ECDsa.Create(new ECParameters { Curve = ECCurve.NamedCurves.nistP256, Q = new ECPoint { X = x, Y = y } });
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException)
        {
            // A point not on the curve, a modulus the platform refuses: not a key that verifies anything.
            return null;
        }
    }

    /// <summary>Writes the key as a JSON object, members in RFC 7517 order.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("kty", Kty);
        WriteIfPresent(writer, "kid", Kid);
        WriteIfPresent(writer, "use", Use);
        WriteIfPresent(writer, "alg", Alg);
        WriteIfPresent(writer, "n", N);
        WriteIfPresent(writer, "e", E);
        WriteIfPresent(writer, "crv", Crv);
        WriteIfPresent(writer, "x", X);
        WriteIfPresent(writer, "y", Y);
        writer.WriteEndObject();
    }

    internal static JsonWebKey FromJson(JsonElement key) => new(
        Kty: key.StringOrNull("kty") ?? "",
        Kid: key.StringOrNull("kid"),
        Use: key.StringOrNull("use"),
        Alg: key.StringOrNull("alg"),
        N: key.StringOrNull("n"),
        E: key.StringOrNull("e"),
        Crv: key.StringOrNull("crv"),
        X: key.StringOrNull("x"),
        Y: key.StringOrNull("y"));


    // The bytes of a base64url member when it is present, valid and from min to max bytes long; otherwise null.
    private static byte[]? Decoded(string? value, int min, int max) =>
        value is not null && Base64Url.IsValid(value, out var length) && length >= min && length <= max
            ? Base64Url.DecodeFromChars(value)
            : null;

    private static void WriteIfPresent(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
