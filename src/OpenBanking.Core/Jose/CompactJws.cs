using System.Buffers;
using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using LanguageExt;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Jose;

/// <summary>
/// JWS compact serialisation (RFC 7515 §7.1): signing claims with a <see cref="SigningKey"/>, and
/// decoding a token for verification. Signing writes the header and claims straight to UTF-8 and
/// signs once; there is no "none" algorithm and no HMAC.
/// </summary>
public static class CompactJws
{
    /// <summary>Signs the claims <paramref name="writeClaims"/> writes (inside an object it opens and closes).</summary>
    /// <param name="key">The key; its algorithm and kid go into the header.</param>
    /// <param name="writeClaims">Writes the claim members.</param>
    /// <param name="type">The <c>typ</c> header, or null to leave it out.</param>
    public static string Sign(SigningKey key, Action<Utf8JsonWriter> writeClaims, string? type = "JWT")
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(writeClaims);

        var header = new ArrayBufferWriter<byte>(128);
        using (var writer = new Utf8JsonWriter(header, JsonWriting.Options))
        {
            writer.WriteStartObject();
            writer.WriteString("alg", key.Algorithm);
            writer.WriteString("kid", key.KeyId);
            if (type is not null)
            {
                writer.WriteString("typ", type);
            }

            writer.WriteEndObject();
        }

        var claims = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(claims, JsonWriting.Options))
        {
            writer.WriteStartObject();
            writeClaims(writer);
            writer.WriteEndObject();
        }

        var headerLength = Base64Url.GetEncodedLength(header.WrittenCount);
        var claimsLength = Base64Url.GetEncodedLength(claims.WrittenCount);
        var signingInput = new byte[headerLength + 1 + claimsLength];
        Base64Url.EncodeToUtf8(header.WrittenSpan, signingInput);
        signingInput[headerLength] = (byte)'.';
        Base64Url.EncodeToUtf8(claims.WrittenSpan, signingInput.AsSpan(headerLength + 1));

        var signature = key.Sign(signingInput);
        return string.Create(signingInput.Length + 1 + Base64Url.GetEncodedLength(signature.Length), (signingInput, signature),
            static (span, state) =>
            {
                Encoding.ASCII.GetChars(state.signingInput, span);
                span[state.signingInput.Length] = '.';
                Base64Url.EncodeToChars(state.signature, span[(state.signingInput.Length + 1)..]);
            });
    }

    /// <summary>
    /// Splits and decodes a compact JWS without verifying it. Left (a <see cref="ValidationError"/>
    /// on <paramref name="check"/>) when it is not three base64url parts with JSON object header and claims.
    /// </summary>
    public static Either<ValidationError, DecodedJws> Decode(string token, string check)
    {
        ArgumentNullException.ThrowIfNull(token);
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            return new ValidationError(check, $"a compact JWS has 3 dot-separated parts, this has {parts.Length}");
        }

        try
        {
            var header = ParseObject(Base64Url.DecodeFromChars(parts[0]));
            var claims = ParseObject(Base64Url.DecodeFromChars(parts[1]));
            var signature = Base64Url.DecodeFromChars(parts[2]);
            if (header is null || claims is null)
            {
                return new ValidationError(check, "the JWS header and payload must be JSON objects");
            }

            if (!header.Value.TryGetProperty("alg", out var alg) || alg.ValueKind != JsonValueKind.String)
            {
                return new ValidationError(check, "the JWS header has no alg");
            }

            var kid = header.Value.TryGetProperty("kid", out var k) && k.ValueKind == JsonValueKind.String ? k.GetString() : null;
            var signingInput = Encoding.ASCII.GetBytes(token, 0, parts[0].Length + 1 + parts[1].Length);
            return new DecodedJws(header.Value, claims.Value, alg.GetString()!, kid, signingInput, signature);
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return new ValidationError(check, $"the JWS is malformed ({e.GetType().Name})");
        }
    }

    private static JsonElement? ParseObject(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
    }
}
