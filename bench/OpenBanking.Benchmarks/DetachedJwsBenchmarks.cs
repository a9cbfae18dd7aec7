using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using OpenBanking.Core.Jose;

namespace OpenBanking.Benchmarks;

/// <summary>
/// Issue 15: the x-jws-signature over a payment body, signed and verified, each against the limit — one raw
/// <c>SignData</c>/<c>VerifyData</c> over the same signing input (header, '.', base64url body) with nothing else. Set-up
/// checks that ours verifies with the raw primitive and the raw one with ours, so both sides do the same work.
/// </summary>
[MemoryDiagnoser]
public class DetachedJwsBenchmarks
{
    // A domestic payment consent as a TPP sends it (OBWriteDomesticConsent4, 761 bytes).
    private static readonly byte[] Body = Encoding.UTF8.GetBytes(
        """{"Data":{"ReadRefundAccount":"No","Initiation":{"InstructionIdentification":"ACME412","EndToEndIdentification":"FRESCO.21302.GFX.20","InstructedAmount":{"Amount":"165.88","Currency":"GBP"},"CreditorAccount":{"SchemeName":"UK.OBIE.SortCodeAccountNumber","Identification":"08080021325698","Name":"ACME Inc","SecondaryIdentification":"0002"},"RemittanceInformation":{"Reference":"FRESCO-101","Unstructured":"Internal ops code 5120101"}}},"Risk":{"PaymentContextCode":"EcommerceGoods","MerchantCategoryCode":"5967","MerchantCustomerIdentification":"053598653254","DeliveryAddress":{"AddressLine":["Flat 7","Acacia Lodge"],"StreetName":"Acacia Avenue","BuildingNumber":"27","PostCode":"GU31 2ZZ","TownName":"Sparsholt","CountrySubDivision":"Wessex","Country":"UK"}}}""");

    private const string Issuer = "0015800001041RHAAY/Jz3kUs5k9AaAsPMVn1Zy1t";
    private RSA _rsa = null!;
    private ECDsa _ec = null!;
    private SigningKey _key = null!;
    private JsonWebKeySet _keys = null!;
    private JwsSignatureClaims _claims = null!;
    private JwsSignatureExpectations _expected = null!;
    private string _encodedHeader = null!;
    private byte[] _signingInput = null!;
    private string _signature = null!;
    private byte[] _signatureBytes = null!;

    /// <summary>PS256 (RSA-2048) or ES256 (P-256).</summary>
    [Params("PS256", "ES256")]
    public string Algorithm { get; set; } = "PS256";

    [GlobalSetup]
    public void Setup()
    {
        _rsa = RSA.Create(2048);
        _ec = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        (_key, _keys) = Algorithm == "PS256"
            ? (SigningKey.FromRsa(_rsa, Algorithm, Benchmarks.Kid), new JsonWebKeySet([JsonWebKey.FromRsa(_rsa.ExportParameters(false), Benchmarks.Kid, Algorithm)]))
            : (SigningKey.FromECDsa(_ec, Benchmarks.Kid), new JsonWebKeySet([JsonWebKey.FromEc(_ec.ExportParameters(false), Benchmarks.Kid)]));
        _claims = new JwsSignatureClaims(Benchmarks.Now, Issuer, "openbanking.org.uk");
        _expected = new JwsSignatureExpectations(Benchmarks.Now, TimeSpan.FromMinutes(2), Issuer, "openbanking.org.uk", false);
        _signature = Sign();
        _encodedHeader = _signature[.._signature.IndexOf('.', StringComparison.Ordinal)];
        _signingInput = Encoding.ASCII.GetBytes($"{_encodedHeader}.{Base64Url.EncodeToString(Body)}");
        _signatureBytes = Base64Url.DecodeFromChars(_signature.AsSpan(_signature.LastIndexOf('.') + 1));
        if (!RawVerify() || !Verify() || !DetachedJws.Verify(RawSign(), Body, _keys, _expected).IsRight)
        {
            throw new InvalidOperationException("ours and the raw primitive do not agree on the signature");
        }
    }

    [Benchmark(Description = "OpenBanking.Fx DetachedJws.Sign")]
    public string Sign() => DetachedJws.Sign(_key, Body, _claims).Match(Right: s => s, Left: e => throw new InvalidOperationException(e.ToString()));

    [Benchmark(Baseline = true, Description = "limit: raw SignData + header..signature")]
    public string RawSign()
    {
        var input = Encoding.ASCII.GetBytes($"{_encodedHeader}.{Base64Url.EncodeToString(Body)}");
        var signature = Algorithm == "PS256"
            ? _rsa.SignData(input, HashAlgorithmName.SHA256, RSASignaturePadding.Pss)
            : _ec.SignData(input, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return $"{_encodedHeader}..{Base64Url.EncodeToString(signature)}";
    }

    [Benchmark(Description = "OpenBanking.Fx DetachedJws.Verify (all checks)")]
    public bool Verify() => DetachedJws.Verify(_signature, Body, _keys, _expected).IsRight;

    [Benchmark(Description = "limit: raw VerifyData")]
    public bool RawVerify() => Algorithm == "PS256"
        ? _rsa.VerifyData(_signingInput, _signatureBytes, HashAlgorithmName.SHA256, RSASignaturePadding.Pss)
        : _ec.VerifyData(_signingInput, _signatureBytes, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
}
