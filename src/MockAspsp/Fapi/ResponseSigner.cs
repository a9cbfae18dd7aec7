using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using MockAspsp.Hosting;

namespace MockAspsp.Fapi;

/// <summary>
/// Signs the bank's payment responses: an x-jws-signature with a detached payload over exactly the bytes written
/// (Read/Write Data API Profile v3.1.11, Message Signing: the ASPSP signs its responses' bodies), with the key the bank
/// signs id_tokens with (published in its JWKS), <c>iss</c> the bank's organisation id, and — in the legacy mode —
/// RFC 7797's <c>b64: false</c>.
/// </summary>
public sealed class ResponseSigner(MockPki pki, MockAspspOptions options)
{
    /// <summary>The detached JWS for <paramref name="body"/>, signed at <paramref name="now"/>.</summary>
    public string Sign(ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        var critical = new JsonArray();
        var header = new JsonObject { ["alg"] = "PS256", ["kid"] = MockPki.BankSigningKid };
        if (options.JwsB64False)
        {
            header["b64"] = false;
            critical.Add("b64");
        }

        header[DetachedJws.Iat] = now.ToUnixTimeSeconds();
        header[DetachedJws.Iss] = options.OrgId;
        header[DetachedJws.Tan] = options.JwsTan;
        critical.Add(DetachedJws.Iat);
        critical.Add(DetachedJws.Iss);
        critical.Add(DetachedJws.Tan);
        header["crit"] = critical;

        var encodedHeader = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(header));
        var signature = pki.BankSigningKey.SignData(DetachedJws.SigningInput(encodedHeader, body, options.JwsB64False), HashAlgorithmName.SHA256, RSASignaturePadding.Pss);
        return $"{encodedHeader}..{Base64Url.EncodeToString(signature)}";
    }
}
