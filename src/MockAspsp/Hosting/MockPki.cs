using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using OpenBanking.Core.Jose;
using OpenBanking.DevTools.Certificates;

namespace MockAspsp.Hosting;

/// <summary>
/// The mock bank's certificates and keys, kept in a folder and made there on first start: the bank's
/// root CA and TLS server certificate, a TPP CA (the mock's stand-in for the Open Banking directory) with a
/// demo transport certificate, a demo TPP signing key with its JWKS, and the bank's id_token signing key.
/// </summary>
public sealed class MockPki
{
    /// <summary>The kid of the demo TPP signing key.</summary>
    public const string TppSigningKid = "obfx-demo-signing";

    /// <summary>The kid of the bank's id_token signing key.</summary>
    public const string BankSigningKid = "mock-aspsp-signing";

    /// <summary>The subject of the demo TPP transport certificate (the DN a tls_client_auth client registers).</summary>
    public const string TppTransportSubject = "CN=obfx-demo-tpp, OU=0015800001041RHAAY, O=OpenBanking.Fx Demo TPP, C=GB";

    private MockPki(string folder, X509Certificate2 bankCa, X509Certificate2 server, X509Certificate2 tppCa, X509Certificate2 tppTransport, RSA tppSigning, RSA bankSigning)
    {
        Folder = folder;
        BankCa = bankCa;
        ServerCertificate = server;
        TppCa = tppCa;
        TppTransport = tppTransport;
        TppSigningKey = tppSigning;
        BankSigningKey = bankSigning;
    }

    /// <summary>The folder the files are in.</summary>
    public string Folder { get; }

    /// <summary>The root CA of the bank's TLS server certificate (a TPP's <c>ca_bundle_file</c>).</summary>
    public X509Certificate2 BankCa { get; }

    /// <summary>The bank's TLS server certificate (localhost, 127.0.0.1, ::1).</summary>
    public X509Certificate2 ServerCertificate { get; }

    /// <summary>The CA whose transport certificates the bank trusts.</summary>
    public X509Certificate2 TppCa { get; }

    /// <summary>The demo TPP's transport certificate, with its key.</summary>
    public X509Certificate2 TppTransport { get; }

    /// <summary>The demo TPP's request-object and assertion signing key (PS256).</summary>
    public RSA TppSigningKey { get; }

    /// <summary>The bank's id_token signing key (PS256).</summary>
    public RSA BankSigningKey { get; }

    /// <summary>The demo TPP's public signing keys, as a JWKS document.</summary>
    public string TppJwks => new JsonWebKeySet([JsonWebKey.FromRsa(TppSigningKey.ExportParameters(false), TppSigningKid, "PS256")]).ToJson();

    /// <summary>Path of a file in <see cref="Folder"/>.</summary>
    public string PathOf(string name) => Path.Combine(Folder, name);

    /// <summary>Loads the folder's certificates and keys, making any set that is missing.</summary>
    public static MockPki LoadOrCreate(string folder, DateTimeOffset now)
    {
        Directory.CreateDirectory(folder);
        var validity = TimeSpan.FromDays(730);
        var bankCa = CertificateAndKey(folder, "bank-ca", () => CertificateFactory.CreateCa("CN=Mock ASPSP Root CA, O=OpenBanking.Fx Mock Bank, C=GB", now.AddDays(-1), validity));
        var server = CertificateAndKey(folder, "server", () => CertificateFactory.IssueServer(
            bankCa, "CN=localhost, O=OpenBanking.Fx Mock Bank, C=GB", ["localhost"], [IPAddress.Loopback, IPAddress.IPv6Loopback], now.AddDays(-1), validity));
        var tppCa = CertificateAndKey(folder, "tpp-ca", () => CertificateFactory.CreateCa("CN=Mock Directory TPP CA, O=OpenBanking.Fx Mock Directory, C=GB", now.AddDays(-1), validity));
        var transport = CertificateAndKey(folder, "tpp-transport", () => CertificateFactory.IssueTransport(tppCa, TppTransportSubject, now.AddDays(-1), validity));
        var tppSigning = RsaKey(folder, "tpp-signing.key");
        var bankSigning = RsaKey(folder, "bank-signing.key");
        var pki = new MockPki(folder, bankCa, server, tppCa, transport, tppSigning, bankSigning);
        File.WriteAllText(pki.PathOf("tpp-signing.jwks.json"), pki.TppJwks);
        return pki;
    }

    private static X509Certificate2 CertificateAndKey(string folder, string name, Func<X509Certificate2> create)
    {
        var certFile = Path.Combine(folder, $"{name}.pem");
        var keyFile = Path.Combine(folder, $"{name}.key");
        if (File.Exists(certFile) && File.Exists(keyFile))
        {
            using var fromPem = X509Certificate2.CreateFromPemFile(certFile, keyFile);
            return X509CertificateLoader.LoadPkcs12(fromPem.Export(X509ContentType.Pkcs12), null);
        }

        var created = create();
        File.WriteAllText(certFile, CertificateFactory.CertificatePem(created));
        WriteSecret(keyFile, CertificateFactory.PrivateKeyPem(created));
        return created;
    }

    private static RSA RsaKey(string folder, string name)
    {
        var file = Path.Combine(folder, name);
        var rsa = RSA.Create(2048);
        if (File.Exists(file))
        {
            rsa.ImportFromPem(File.ReadAllText(file));
        }
        else
        {
            WriteSecret(file, rsa.ExportPkcs8PrivateKeyPem() + "\n");
        }

        return rsa;
    }

    private static void WriteSecret(string file, string content)
    {
        File.WriteAllText(file, content);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    /// <summary>The demo TPP's signing key as a JSON Web Key (for configs that inline it).</summary>
    public string TppSigningKeyPem() => TppSigningKey.ExportPkcs8PrivateKeyPem();

    /// <summary>Folder and subjects; never key material.</summary>
    public override string ToString() => $"MockPki({Folder}, server {ServerCertificate.Subject}, TPP CA {TppCa.Subject})";
}
