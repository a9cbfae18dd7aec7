using System.Security.Cryptography;

namespace OpenBanking.Benchmarks;

/// <summary>
/// An RSA-2048 key whose private-key operation is skipped: hashing happens as usual, then the "signature" is 256 zero
/// bytes. Every contender signs through the same <see cref="RSA"/> methods, so with this key a comparison measures all
/// a JWT library does around the signature. Its tokens do not verify.
/// </summary>
internal sealed class StubbedRsa : RSA
{
    private readonly RSA _real = Create(2048);

    public StubbedRsa()
    {
        KeySizeValue = 2048;
        LegalKeySizesValue = [new KeySizes(2048, 2048, 0)];
    }

    public override RSAParameters ExportParameters(bool includePrivateParameters) => _real.ExportParameters(includePrivateParameters);

    public override void ImportParameters(RSAParameters parameters) => throw new NotSupportedException("a stub");

    public override byte[] SignHash(byte[] hash, HashAlgorithmName hashAlgorithm, RSASignaturePadding padding) => new byte[KeySize / 8];

    public override bool TrySignHash(ReadOnlySpan<byte> hash, Span<byte> destination, HashAlgorithmName hashAlgorithm, RSASignaturePadding padding, out int bytesWritten)
    {
        bytesWritten = KeySize / 8;
        if (destination.Length < bytesWritten)
        {
            return false;
        }

        destination[..bytesWritten].Clear();
        return true;
    }

    public override bool VerifyHash(byte[] hash, byte[] signature, HashAlgorithmName hashAlgorithm, RSASignaturePadding padding) => false;

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _real.Dispose();
        }

        base.Dispose(disposing);
    }
}
