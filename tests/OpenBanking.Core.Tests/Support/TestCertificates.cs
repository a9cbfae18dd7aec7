using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace OpenBanking.Core.Tests.Support;

/// <summary>Certificate authorities and certificates made in memory for TLS tests (CertificateRequest, no openssl, nothing on disk).</summary>
internal static class TestCertificates
{
    public static X509Certificate2 CreateCa(string name)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}, O=OpenBanking.Fx Tests", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        using var ca = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        return Reload(ca);
    }

    /// <summary>A TLS server certificate for 127.0.0.1 and localhost, issued by <paramref name="ca"/>.</summary>
    public static X509Certificate2 CreateServer(X509Certificate2 ca)
    {
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        return Issue(ca, "CN=localhost, O=Test Bank", names.Build(), new Oid("1.3.6.1.5.5.7.3.1"));
    }

    /// <summary>A transport (client) certificate, issued by <paramref name="ca"/>.</summary>
    public static X509Certificate2 CreateClient(X509Certificate2 ca, string subject = "CN=tpp-transport, OU=exampleOU, O=Test TPP, C=GB") =>
        Issue(ca, subject, null, new Oid("1.3.6.1.5.5.7.3.2"));

    private static X509Certificate2 Issue(X509Certificate2 ca, string subject, X509Extension? names, Oid usage)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([usage], false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(ca, true, false));
        if (names is not null)
        {
            request.CertificateExtensions.Add(names);
        }

        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7F;
        using var issued = request.Create(ca, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30), serial);
        using var withKey = issued.CopyWithPrivateKey(key);
        return Reload(withKey);
    }

    // A PKCS#12 round trip gives the key a form every platform's TLS stack accepts.
    private static X509Certificate2 Reload(X509Certificate2 certificate) =>
        X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);

    /// <summary>Writes the certificate (and its key) as PEM files in <paramref name="folder"/>.</summary>
    public static (string CertFile, string KeyFile) WritePem(X509Certificate2 certificate, string folder, string name, params X509Certificate2[] chain)
    {
        var certFile = Path.Combine(folder, $"{name}.pem");
        var keyFile = Path.Combine(folder, $"{name}.key");
        File.WriteAllText(certFile, string.Concat(new[] { certificate }.Concat(chain).Select(c => c.ExportCertificatePem() + "\n")));
        using var rsa = certificate.GetRSAPrivateKey();
        if (rsa is not null)
        {
            File.WriteAllText(keyFile, rsa.ExportPkcs8PrivateKeyPem());
        }

        return (certFile, keyFile);
    }
}
