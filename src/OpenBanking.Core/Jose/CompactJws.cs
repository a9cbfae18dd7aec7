using System.Buffers;
using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using LanguageExt;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Json;
using OpenBanking.Core.Protocol;

namespace OpenBanking.Core.Jose;

/// <summary>
/// JWS compact serialisation (RFC 7515 §7.1): signing claims with an <see cref="IJwsSigner"/> (a
/// <see cref="SigningKey"/>, a key vault, an HSM), and decoding a token for verification. Signing writes the header
/// and claims straight to UTF-8 and signs once; there is no "none" algorithm and no HMAC.
/// </summary>
public static class CompactJws
{
    // The claims are written into a buffer and writer kept per thread and reset after each use, as System.Text.Json
    // keeps its own: a token then allocates little more than the string it is. Taken out while in use, so a
    // writeClaims that signs another token gets buffers of its own.
    [ThreadStatic]
    private static ClaimsWriter? t_claimsWriter;

    /// <summary>Signs the claims <paramref name="writeClaims"/> writes (inside an object it opens and closes).</summary>
    /// <param name="key">The key; its algorithm and kid go into the header.</param>
    /// <param name="writeClaims">Writes the claim members.</param>
    /// <param name="type">The <c>typ</c> header, or null to leave it out.</param>
    public static string Sign(SigningKey key, Action<Utf8JsonWriter> writeClaims, string? type = "JWT")
    {
        ArgumentNullException.ThrowIfNull(writeClaims);
        return Sign(key, writeClaims, static (writer, write) => write(writer), type);
    }

    /// <summary>
    /// Signs the claims <paramref name="writeClaims"/> writes from <paramref name="state"/>: with a static lambda, signing
    /// allocates no closure.
    /// </summary>
    /// <param name="key">The key; its algorithm and kid go into the header.</param>
    /// <param name="state">What the claims are written from.</param>
    /// <param name="writeClaims">Writes the claim members (inside an object it opens and closes).</param>
    /// <param name="type">The <c>typ</c> header, or null to leave it out.</param>
    internal static string Sign<TState>(SigningKey key, TState state, Action<Utf8JsonWriter, TState> writeClaims, string? type = "JWT")
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(writeClaims);

        var claimsWriter = t_claimsWriter ?? new ClaimsWriter();
        t_claimsWriter = null;
        byte[]? buffer = null;
        try
        {
            var claims = claimsWriter.Write(state, writeClaims);
            var header = key.EncodedHeader(type);
            var claimsLength = Base64Url.GetEncodedLength(claims.Length);
            var inputLength = header.Length + 1 + claimsLength;
            buffer = ArrayPool<byte>.Shared.Rent(inputLength + key.SignatureSize);
            header.CopyTo(buffer);
            buffer[header.Length] = (byte)'.';
            Base64Url.EncodeToUtf8(claims, buffer.AsSpan(header.Length + 1, claimsLength));
            var signatureLength = key.Sign(buffer.AsSpan(0, inputLength), buffer.AsSpan(inputLength));

            return string.Create(inputLength + 1 + Base64Url.GetEncodedLength(signatureLength), (buffer, inputLength, signatureLength),
                static (span, s) =>
                {
                    Encoding.ASCII.GetChars(s.buffer.AsSpan(0, s.inputLength), span);
                    span[s.inputLength] = '.';
                    Base64Url.EncodeToChars(s.buffer.AsSpan(s.inputLength, s.signatureLength), span[(s.inputLength + 1)..]);
                });
        }
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }

            claimsWriter.Reset();
            t_claimsWriter = claimsWriter;
        }
    }

    /// <summary>
    /// Signs the claims <paramref name="writeClaims"/> writes with any <see cref="IJwsSigner"/>. Left (a
    /// <see cref="ValidationError"/> on <c>signer</c>) when the signer's algorithm is not PS256, ES256 or RS256, it has
    /// no key id, it throws (anything but <see cref="OperationCanceledException"/>) or its signature has the wrong length.
    /// </summary>
    /// <param name="signer">The signer; its algorithm and kid go into the header.</param>
    /// <param name="writeClaims">Writes the claim members (inside an object it opens and closes).</param>
    /// <param name="type">The <c>typ</c> header, or null to leave it out.</param>
    public static Either<ValidationError, string> Create(IJwsSigner signer, Action<Utf8JsonWriter> writeClaims, string? type = "JWT")
    {
        ArgumentNullException.ThrowIfNull(writeClaims);
        return Create(signer, writeClaims, static (writer, write) => write(writer), type);
    }

    /// <summary>
    /// As <see cref="Create(IJwsSigner, Action{Utf8JsonWriter}, string?)"/>, with the claims written from
    /// <paramref name="state"/> (a static lambda allocates no closure). A <see cref="SigningKey"/> takes the same path as
    /// <see cref="Sign{TState}"/>.
    /// </summary>
    /// <param name="signer">The signer; its algorithm and kid go into the header.</param>
    /// <param name="state">What the claims are written from.</param>
    /// <param name="writeClaims">Writes the claim members (inside an object it opens and closes).</param>
    /// <param name="type">The <c>typ</c> header, or null to leave it out.</param>
    internal static Either<ValidationError, string> Create<TState>(IJwsSigner signer, TState state, Action<Utf8JsonWriter, TState> writeClaims, string? type = "JWT")
    {
        ArgumentNullException.ThrowIfNull(signer);
        ArgumentNullException.ThrowIfNull(writeClaims);
        return signer is SigningKey key ? Sign(key, state, writeClaims, type) : SignWith(signer, state, writeClaims, type);
    }

    /// <summary>The base64url (UTF-8) protected header <c>{"alg","kid"[,"typ"]}</c>.</summary>
    internal static byte[] EncodedHeader(string algorithm, string keyId, string? type)
    {
        var json = new ArrayBufferWriter<byte>(128);
        using (var writer = new Utf8JsonWriter(json, JsonWriting.Options))
        {
            writer.WriteStartObject();
            writer.WriteString("alg", algorithm);
            writer.WriteString("kid", keyId);
            if (type is not null)
            {
                writer.WriteString("typ", type);
            }

            writer.WriteEndObject();
        }

        return Base64Url.EncodeToUtf8(json.WrittenSpan);
    }

    // A signer of the user's: its algorithm is checked each time (it may change with a key rotation), its failures are values.
    private static Either<ValidationError, string> SignWith<TState>(IJwsSigner signer, TState state, Action<Utf8JsonWriter, TState> writeClaims, string? type)
    {
        var identity = Identity(signer).Case;
        if (identity is ValidationError failed)
        {
            return failed;
        }

        var (algorithm, keyId) = ((string Algorithm, string KeyId))identity!;
        var claimsWriter = t_claimsWriter ?? new ClaimsWriter();
        t_claimsWriter = null;
        byte[]? buffer = null;
        try
        {
            var claims = claimsWriter.Write(state, writeClaims);
            var header = EncodedHeader(algorithm, keyId, type);
            var claimsLength = Base64Url.GetEncodedLength(claims.Length);
            var inputLength = header.Length + 1 + claimsLength;
            buffer = ArrayPool<byte>.Shared.Rent(inputLength);
            header.CopyTo(buffer, 0);
            buffer[header.Length] = (byte)'.';
            Base64Url.EncodeToUtf8(claims, buffer.AsSpan(header.Length + 1, claimsLength));

            var signature = Signature(signer, keyId, algorithm, buffer.AsSpan(0, inputLength)).Case;
            if (signature is ValidationError failedSignature)
            {
                return failedSignature;
            }

            var signed = (byte[])signature!;
            return string.Create(inputLength + 1 + Base64Url.GetEncodedLength(signed.Length), (buffer, inputLength, signed),
                static (span, s) =>
                {
                    Encoding.ASCII.GetChars(s.buffer.AsSpan(0, s.inputLength), span);
                    span[s.inputLength] = '.';
                    Base64Url.EncodeToChars(s.signed, span[(s.inputLength + 1)..]);
                });
        }
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }

            claimsWriter.Reset();
            t_claimsWriter = claimsWriter;
        }
    }

    /// <summary>
    /// The signer's algorithm and key id, read once, or a <see cref="ValidationError"/> on <c>signer</c> when reading throws,
    /// the algorithm is not PS256, ES256 or RS256, or there is no key id.
    /// </summary>
    internal static Either<ValidationError, (string Algorithm, string KeyId)> Identity(IJwsSigner signer)
    {
        string algorithm;
        string keyId;
        try
        {
            algorithm = signer.Algorithm;
            keyId = signer.KeyId;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return SignerFailed(signer, e);
        }

        if (algorithm is null || !JwsAlgorithms.Supported.Contains(algorithm))
        {
            return new ValidationError(SignerCheck, $"the signer's algorithm '{algorithm}' is not one of {string.Join(", ", JwsAlgorithms.Supported)} (never none or HMAC)");
        }

        if (string.IsNullOrEmpty(keyId))
        {
            return new ValidationError(SignerCheck, "the signer has no key id: banks find the verification key in your JWKS by it");
        }

        return (algorithm, keyId);
    }

    /// <summary>The signer's signature over <paramref name="signingInput"/>, checked for presence and length; what it throws is a value.</summary>
    internal static Either<ValidationError, byte[]> Signature(IJwsSigner signer, string keyId, string algorithm, ReadOnlySpan<byte> signingInput)
    {
        byte[]? signature;
        try
        {
            signature = signer.Sign(signingInput);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return SignerFailed(signer, e, keyId, algorithm);
        }

        if (signature is not { Length: > 0 } signed)
        {
            return new ValidationError(SignerCheck, $"the signer (kid '{keyId}', {algorithm}) returned no signature");
        }

        return LengthProblem(algorithm, signed.Length) is { } problem
            ? new ValidationError(SignerCheck, $"the signer (kid '{keyId}', {algorithm}) returned {signed.Length} bytes; {problem}")
            : signed;
    }

    // RFC 7518 §3.4: an ES256 signature is r || s, 32 bytes each; §3.3/§3.5: an RSA signature is as long as the modulus,
    // of 2048 bits at least (and here at most 8192).
    private static string? LengthProblem(string algorithm, int length) => algorithm == JwsAlgorithms.ES256
        ? length == 64 ? null : "an ES256 signature is 64 (r || s, not DER)"
        : length is >= 256 and <= 1024 ? null : $"an {algorithm} signature is as long as the RSA modulus, 256 to 1024 bytes";

    private const string SignerCheck = "signer";

    private static ValidationError SignerFailed(IJwsSigner signer, Exception e, string? keyId = null, string? algorithm = null) =>
        new(SignerCheck, keyId is null
            ? $"the signer ({signer.GetType().Name}) failed: {e.GetType().Name}: {ExceptionText.FirstLine(e)}"
            : $"the signer (kid '{keyId}', {algorithm}) failed: {e.GetType().Name}: {ExceptionText.FirstLine(e)}");

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

        // Which part is being read, for the message when its JSON holds a string that is not text.
        var part = "header";
        try
        {
            var header = ParseObject(Base64Url.DecodeFromChars(parts[0]));
            part = "payload";
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
            return new ValidationError(check, e is JsonStringException unreadable
                ? $"the JWS {part} has {unreadable.Reason} at {unreadable.Path}"
                : $"the JWS is malformed ({e.GetType().Name})");
        }
    }

    private static JsonElement? ParseObject(byte[] json)
    {
        using var document = JsonElements.Parse(json);
        return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
    }

    /// <summary>A reusable UTF-8 buffer and the JSON writer over it.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification =
        "Kept for the thread's life; a Utf8JsonWriter over a managed buffer holds nothing that needs disposing.")]
    private sealed class ClaimsWriter
    {
        // Bigger buffers than this are not kept: one odd token should not pin memory for the thread's life.
        private const int MaxRetained = 16 * 1024;

        private ArrayBufferWriter<byte> _buffer = new(1024);
        private readonly Utf8JsonWriter _writer;

        public ClaimsWriter() => _writer = new Utf8JsonWriter(_buffer, JsonWriting.Options);

        public ReadOnlySpan<byte> Write<TState>(TState state, Action<Utf8JsonWriter, TState> writeClaims)
        {
            _writer.WriteStartObject();
            writeClaims(_writer, state);
            _writer.WriteEndObject();
            _writer.Flush();
            return _buffer.WrittenSpan;
        }

        public void Reset()
        {
            if (_buffer.Capacity > MaxRetained)
            {
                _buffer = new ArrayBufferWriter<byte>(1024);
            }
            else
            {
                // Zeroed, not just rewound: the claims (a state, a nonce) do not linger after the token is made.
                _buffer.Clear();
            }

            _writer.Reset(_buffer);
        }
    }
}
