using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MockAspsp.Tests.Pisp;

/// <summary>
/// A test-only x-jws-signature signer (System.Security.Cryptography, PS256), so the mock's checks are tested against a
/// signer that is neither the bank's nor the library's: a header any test may change, over any bytes.
/// </summary>
internal static class TestJws
{
    public const string Iat = "http://openbanking.org.uk/iat";
    public const string Iss = "http://openbanking.org.uk/iss";
    public const string Tan = "http://openbanking.org.uk/tan";

    /// <summary>The header a well-behaved v3.1.4+ TPP sends (with <c>b64: false</c> and it in crit for the legacy form).</summary>
    public static JsonObject Header(string kid, string iss, DateTimeOffset now, bool b64False = false)
    {
        var header = new JsonObject { ["alg"] = "PS256", ["kid"] = kid };
        var crit = new JsonArray();
        if (b64False)
        {
            header["b64"] = false;
            crit.Add("b64");
        }

        header[Iat] = now.ToUnixTimeSeconds();
        header[Iss] = iss;
        header[Tan] = "openbanking.org.uk";
        crit.Add(Iat);
        crit.Add(Iss);
        crit.Add(Tan);
        header["crit"] = crit;
        return header;
    }

    /// <summary>header..signature over <paramref name="body"/> (RFC 7797's unencoded form when <paramref name="unencoded"/>).</summary>
    public static string Sign(RSA key, JsonObject header, byte[] body, bool unencoded = false)
    {
        var encodedHeader = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(header.ToJsonString()));
        var signature = key.SignData(SigningInput(encodedHeader, body, unencoded), HashAlgorithmName.SHA256, RSASignaturePadding.Pss);
        return $"{encodedHeader}..{Base64Url.EncodeToString(signature)}";
    }

    /// <summary>RFC 7515 §5.1 (RFC 7797 §3 when unencoded).</summary>
    public static byte[] SigningInput(string encodedHeader, byte[] body, bool unencoded) =>
        [.. Encoding.ASCII.GetBytes(encodedHeader + "."), .. unencoded ? body : Encoding.ASCII.GetBytes(Base64Url.EncodeToString(body))];

    /// <summary>The protected header of a detached JWS, parsed.</summary>
    public static JsonElement DecodeHeader(string jws) => JsonDocument.Parse(Base64Url.DecodeFromChars(jws.Split('.')[0])).RootElement.Clone();
}
