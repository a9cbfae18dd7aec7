using System.Security.Cryptography;
using OpenBanking.Core.Jose;

namespace OpenBanking.TestSupport;

/// <summary>
/// A signer of the user's own, as one over a key vault or an HSM would be, but over a key in memory: not a
/// <see cref="SigningKey"/>, so the library takes its general signer path. It can be told to fail or to give a
/// signature of the wrong length, and it counts its signatures.
/// </summary>
public sealed class InMemorySigner : IJwsSigner
{
    private readonly Func<byte[], byte[]> _sign;

    private InMemorySigner(string keyId, string algorithm, Func<byte[], byte[]> sign)
    {
        KeyId = keyId;
        Algorithm = algorithm;
        _sign = sign;
    }

    /// <inheritdoc />
    public string KeyId { get; }

    /// <inheritdoc />
    public string Algorithm { get; set; }

    /// <summary>How many signatures were asked for.</summary>
    public int Signatures { get; private set; }

    /// <summary>What the next <see cref="Sign"/> does instead of signing, when set.</summary>
    public Func<byte[], byte[]>? Instead { get; set; }

    /// <summary>ES256 over a P-256 key.</summary>
    public static InMemorySigner Es256(ECDsa key, string keyId) =>
        new(keyId, "ES256", data => key.SignData(data, HashAlgorithmName.SHA256));

    /// <summary>PS256 over an RSA key.</summary>
    public static InMemorySigner Ps256(RSA key, string keyId) =>
        new(keyId, "PS256", data => key.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pss));

    /// <inheritdoc />
    public byte[] Sign(ReadOnlySpan<byte> signingInput)
    {
        Signatures++;
        var data = signingInput.ToArray();
        return Instead is { } instead ? instead(data) : _sign(data);
    }

    /// <summary>The kid and algorithm only.</summary>
    public override string ToString() => $"InMemorySigner({Algorithm}, kid={KeyId})";
}
