namespace OpenBanking.Core.Jose;

/// <summary>
/// What signs every JWS the library makes (client assertions, request objects): a key id, a JWS algorithm and a
/// signature over the JWS signing input. <see cref="SigningKey"/> (a PEM or in-memory key) is one; implement it
/// over a key vault or an HSM to keep the private key out of the process.
/// </summary>
/// <remarks>
/// <para>
/// Signing is synchronous, as the library's builders are pure functions: a vault or HSM implementation calls its
/// client's synchronous sign method, e.g. Azure Key Vault's <c>CryptographyClient.SignData(SignatureAlgorithm.PS256, data)</c>,
/// which hashes the data locally and sends only the digest to the vault.
/// </para>
/// <para>
/// The library checks <see cref="Algorithm"/> before every signature: only PS256, ES256 and RS256 are allowed, never
/// <c>none</c> or HMAC. It also checks the signature's length (64 bytes for ES256, 256 to 1024 bytes for an RSA
/// algorithm). An exception from <see cref="Sign"/> (other than <see cref="OperationCanceledException"/>) or a
/// signature that fails those checks becomes a <see cref="Errors.ValidationError"/> on the check <c>signer</c>,
/// never an exception out of the library's public API.
/// </para>
/// </remarks>
public interface IJwsSigner
{
    /// <summary>The JWS <c>kid</c>: the key's id in the TPP's JWKS, where the bank finds the verification key.</summary>
    string KeyId { get; }

    /// <summary>The JWS <c>alg</c>: <c>PS256</c>, <c>ES256</c> or <c>RS256</c>.</summary>
    string Algorithm { get; }

    /// <summary>
    /// Signs <paramref name="signingInput"/> (the ASCII <c>BASE64URL(header).BASE64URL(payload)</c>, RFC 7515 §5.1)
    /// with <see cref="Algorithm"/>: SHA-256 over the input, then RSASSA-PSS, RSASSA-PKCS1-v1_5 or ECDSA P-256.
    /// </summary>
    /// <returns>The raw signature: for ES256 the 64 bytes <c>r || s</c> (IEEE P1363, RFC 7518 §3.4), not DER.</returns>
    byte[] Sign(ReadOnlySpan<byte> signingInput);
}
