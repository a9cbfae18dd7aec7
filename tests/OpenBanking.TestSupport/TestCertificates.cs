using System.Net;
using System.Security.Cryptography.X509Certificates;
using OpenBanking.DevTools.Certificates;

namespace OpenBanking.TestSupport;

/// <summary>Certificates for TLS tests, made in memory by the library's <see cref="CertificateFactory"/>.</summary>
public static class TestCertificates
{
    private static DateTimeOffset Yesterday => DateTimeOffset.UtcNow.AddDays(-1);

    public static X509Certificate2 CreateCa(string name) =>
        CertificateFactory.CreateCa($"CN={name}, O=OpenBanking.Fx Tests", Yesterday, TimeSpan.FromDays(365));

    /// <summary>A TLS server certificate for 127.0.0.1 and localhost, issued by <paramref name="ca"/>.</summary>
    public static X509Certificate2 CreateServer(X509Certificate2 ca) =>
        CertificateFactory.IssueServer(ca, "CN=localhost, O=Test Bank", ["localhost"], [IPAddress.Loopback], Yesterday, TimeSpan.FromDays(30));

    /// <summary>A transport (client) certificate, issued by <paramref name="ca"/>.</summary>
    public static X509Certificate2 CreateClient(X509Certificate2 ca, string subject = "CN=tpp-transport, OU=exampleOU, O=Test TPP, C=GB") =>
        CertificateFactory.IssueTransport(ca, subject, Yesterday, TimeSpan.FromDays(30));

    /// <summary>Writes the certificate (and chain) and its key as PEM files in <paramref name="folder"/>.</summary>
    public static (string CertFile, string KeyFile) WritePem(X509Certificate2 certificate, string folder, string name, params X509Certificate2[] chain)
    {
        var certFile = Path.Combine(folder, $"{name}.pem");
        var keyFile = Path.Combine(folder, $"{name}.key");
        File.WriteAllText(certFile, string.Concat(new[] { certificate }.Concat(chain).Select(CertificateFactory.CertificatePem)));
        if (certificate.HasPrivateKey)
        {
            File.WriteAllText(keyFile, CertificateFactory.PrivateKeyPem(certificate));
        }

        return (certFile, keyFile);
    }

    /// <summary>True when <paramref name="certificate"/> chains to <paramref name="ca"/> alone (no system roots, no revocation check).</summary>
    public static bool IssuedBy(X509Certificate2 certificate, X509Certificate2 ca)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(ca);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(certificate);
    }
}
