using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace OpenBanking.DevTools.Certificates;

/// <summary>
/// Makes the certificates a sandbox needs, in memory, with <see cref="CertificateRequest"/>: a CA,
/// TLS server certificates, transport (client) certificates and signing certificates. What the seed
/// library's README did with a page of openssl commands. For sandboxes and tests, not production PKI.
/// </summary>
public static class CertificateFactory
{
    private static readonly Oid ServerAuth = new("1.3.6.1.5.5.7.3.1");
    private static readonly Oid ClientAuth = new("1.3.6.1.5.5.7.3.2");

    /// <summary>A self-signed CA (RSA 2048) that can issue certificates, valid for <paramref name="validity"/> from <paramref name="notBefore"/>.</summary>
    public static X509Certificate2 CreateCa(string subject, DateTimeOffset notBefore, TimeSpan validity)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        using var ca = request.CreateSelfSigned(notBefore, notBefore + validity);
        return Reload(ca);
    }

    /// <summary>A TLS server certificate for <paramref name="dnsNames"/> and <paramref name="addresses"/>, issued by <paramref name="ca"/>.</summary>
    public static X509Certificate2 IssueServer(
        X509Certificate2 ca, string subject, IEnumerable<string> dnsNames, IEnumerable<IPAddress> addresses, DateTimeOffset notBefore, TimeSpan validity)
    {
        var names = new SubjectAlternativeNameBuilder();
        foreach (var name in dnsNames)
        {
            names.AddDnsName(name);
        }

        foreach (var address in addresses)
        {
            names.AddIpAddress(address);
        }

        using var key = RSA.Create(2048);
        return Issue(ca, subject, key, [ServerAuth], X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, names.Build(), notBefore, validity);
    }

    /// <summary>A transport (mTLS client) certificate for <paramref name="subject"/>, issued by <paramref name="ca"/>.</summary>
    public static X509Certificate2 IssueTransport(X509Certificate2 ca, string subject, DateTimeOffset notBefore, TimeSpan validity, AsymmetricAlgorithm? key = null)
    {
        using var generated = key is null ? RSA.Create(2048) : null;
        return Issue(ca, subject, key ?? generated!, [ClientAuth], X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, null, notBefore, validity);
    }

    /// <summary>A signing certificate (digital signature only) for <paramref name="key"/>, issued by <paramref name="ca"/>.</summary>
    public static X509Certificate2 IssueSigning(X509Certificate2 ca, string subject, AsymmetricAlgorithm key, DateTimeOffset notBefore, TimeSpan validity) =>
        Issue(ca, subject, key, [], X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, null, notBefore, validity);

    /// <summary>The certificate as PEM.</summary>
    public static string CertificatePem(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return certificate.ExportCertificatePem() + "\n";
    }

    /// <summary>The certificate's private key as PKCS#8 PEM.</summary>
    public static string PrivateKeyPem(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        using AsymmetricAlgorithm key = (AsymmetricAlgorithm?)certificate.GetRSAPrivateKey() ?? certificate.GetECDsaPrivateKey()
            ?? throw new ArgumentException("The certificate has no RSA or EC private key.", nameof(certificate));
        return key.ExportPkcs8PrivateKeyPem() + "\n";
    }

    private static X509Certificate2 Issue(
        X509Certificate2 ca,
        string subject,
        AsymmetricAlgorithm key,
        Oid[] usages,
        X509KeyUsageFlags keyUsage,
        X509Extension? names,
        DateTimeOffset notBefore,
        TimeSpan validity)
    {
        ArgumentNullException.ThrowIfNull(ca);
        var request = key switch
        {
            RSA rsa => new CertificateRequest(subject, rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
            ECDsa ecdsa => new CertificateRequest(subject, ecdsa, HashAlgorithmName.SHA256),
            _ => throw new ArgumentException("RSA or ECDSA keys only.", nameof(key)),
        };
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(keyUsage, true));
        if (usages.Length > 0)
        {
            request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([.. usages], false));
        }

        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(ca, true, false));
        if (names is not null)
        {
            request.CertificateExtensions.Add(names);
        }

        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7F;
        var notAfter = notBefore + validity < ca.NotAfter ? notBefore + validity : new DateTimeOffset(ca.NotAfter);
        // Sign with the CA's own key, whatever its type: an RSA CA may issue an EC certificate and the other way round.
        using var caRsa = ca.GetRSAPrivateKey();
        using var caEcdsa = ca.GetECDsaPrivateKey();
        var generator = caRsa is not null
            ? X509SignatureGenerator.CreateForRSA(caRsa, RSASignaturePadding.Pkcs1)
            : X509SignatureGenerator.CreateForECDsa(caEcdsa ?? throw new ArgumentException("The CA certificate needs its RSA or ECDSA private key.", nameof(ca)));
        using var issued = request.Create(ca.SubjectName, generator, notBefore, notAfter, serial);
        using var withKey = key switch
        {
            RSA rsa => issued.CopyWithPrivateKey(rsa),
            ECDsa ecdsa => issued.CopyWithPrivateKey(ecdsa),
            _ => throw new ArgumentException("RSA or ECDSA keys only.", nameof(key)),
        };
        return Reload(withKey);
    }

    // A PKCS#12 round trip gives the key a form every platform's TLS stack accepts.
    private static X509Certificate2 Reload(X509Certificate2 certificate) =>
        X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
}
