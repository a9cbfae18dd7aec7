using System.Buffers.Text;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using LanguageExt;

namespace MockAspsp.Fapi;

/// <summary>A transport certificate that passed the checks: what the bank keeps of it.</summary>
/// <param name="Thumbprint">Its SHA-256 thumbprint, base64url (RFC 8705 <c>x5t#S256</c>): what tokens are bound to.</param>
/// <param name="Subject">Its subject DN.</param>
public sealed record ClientCertificate(string Thumbprint, X500DistinguishedName Subject)
{
    private const string ClientAuth = "1.3.6.1.5.5.7.3.2";
    private const string AnyExtendedKeyUsage = "2.5.29.37.0";

    /// <summary>
    /// The transport layer's checks: a certificate was presented, it is for TLS client authentication, it chains to a
    /// trusted CA, and it is within its validity at <paramref name="now"/>. Left is the reason, for an OAuth invalid_client or a 401.
    /// </summary>
    public static Either<string, ClientCertificate> Check(X509Certificate2? certificate, IReadOnlyList<X509Certificate2> trustedCas, DateTimeOffset now) =>
        CheckChain(certificate, trustedCas, now).Map(checkedChain => checkedChain.Certificate);

    /// <summary>
    /// <see cref="Check"/>, and the window in which its answer holds: from the latest NotBefore to the earliest NotAfter
    /// of the chain it built. Within it the same certificate and CAs give the same answer, as revocation is not checked.
    /// </summary>
    internal static Either<string, (ClientCertificate Certificate, DateTimeOffset From, DateTimeOffset Until)> CheckChain(
        X509Certificate2? certificate, IReadOnlyList<X509Certificate2> trustedCas, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(trustedCas);
        if (certificate is null)
        {
            return "no client certificate was presented (mutual TLS is required)";
        }

        if (now < certificate.NotBefore.ToUniversalTime() || now > certificate.NotAfter.ToUniversalTime())
        {
            return $"the client certificate is not valid at {now:O} (valid {certificate.NotBefore.ToUniversalTime():O} to {certificate.NotAfter.ToUniversalTime():O})";
        }

        // RFC 5280 §4.2.1.12: with an extended key usage extension, the certificate may be used only for the purposes it
        // lists; a TLS server's certificate (serverAuth alone) is not a client's. Checked here, before anything is
        // remembered, so TransportCertificates never holds a certificate that fails it.
        if (certificate.Extensions.OfType<X509EnhancedKeyUsageExtension>().FirstOrDefault() is { } usages
            && !usages.EnhancedKeyUsages.Cast<Oid>().Any(o => o.Value is ClientAuth or AnyExtendedKeyUsage))
        {
            return $"the client certificate '{certificate.Subject}' is not for TLS client authentication: its extended key usage does not include clientAuth (RFC 5280 §4.2.1.12)";
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(trustedCas.ToArray());
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.VerificationTime = now.UtcDateTime;
        chain.ChainPolicy.VerificationTimeIgnored = false;
        var built = chain.Build(certificate);
        var elements = chain.ChainElements.Select(e => e.Certificate).ToList();
        try
        {
            if (!built)
            {
                return $"the client certificate '{certificate.Subject}' does not chain to a CA this bank trusts";
            }

            return (new ClientCertificate(ThumbprintOf(certificate), certificate.SubjectName),
                elements.Max(e => new DateTimeOffset(e.NotBefore.ToUniversalTime())),
                elements.Min(e => new DateTimeOffset(e.NotAfter.ToUniversalTime())));
        }
        finally
        {
            foreach (var element in elements)
            {
                element.Dispose();
            }
        }
    }

    /// <summary>The SHA-256 thumbprint, base64url (RFC 8705 §3.1 <c>x5t#S256</c>).</summary>
    internal static string ThumbprintOf(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(certificate.RawDataMemory.Span, hash);
        return Base64Url.EncodeToString(hash);
    }

    /// <summary>
    /// True when the subject is <paramref name="registeredDn"/>, an RFC 4514 string (most specific RDN first:
    /// <c>CN=...,O=...,C=GB</c>) as RFC 8705 §2.1.2's <c>tls_client_auth_subject_dn</c> is: the same RDNs in the same order
    /// (RFC 4517 §4.2.15 distinguishedNameMatch), each the same attribute type with a value equal but for case and
    /// insignificant spaces. The same attributes in another order name another entry, and do not match.
    /// </summary>
    public bool SubjectIs(string registeredDn)
    {
        ArgumentNullException.ThrowIfNull(registeredDn);
        List<X500RelativeDistinguishedName> registered;
        try
        {
            registered = [.. new X500DistinguishedName(registeredDn).EnumerateRelativeDistinguishedNames()];
        }
        catch (CryptographicException)
        {
            return false;
        }

        var subject = Subject.EnumerateRelativeDistinguishedNames().ToList();
        return registered.Count == subject.Count && Enumerable.Zip(registered, subject, SameRdn).All(same => same);
    }

    /// <summary>Whether <paramref name="dn"/> can be read as an RFC 4514 distinguished name.</summary>
    internal static bool IsDistinguishedName(string dn)
    {
        try
        {
            return new X500DistinguishedName(dn).EnumerateRelativeDistinguishedNames().Any();
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    // A multi-valued RDN is compared as encoded; a single-valued one by type, then value with RFC 4518's case folding
    // and insignificant-space handling (leading, trailing and repeated spaces) in the simple form ASCII names need.
    private static bool SameRdn(X500RelativeDistinguishedName registered, X500RelativeDistinguishedName subject) =>
        registered.HasMultipleElements || subject.HasMultipleElements
            ? registered.RawData.Span.SequenceEqual(subject.RawData.Span)
            : registered.GetSingleElementType().Value == subject.GetSingleElementType().Value
              && string.Equals(Prepared(registered.GetSingleElementValue()), Prepared(subject.GetSingleElementValue()), StringComparison.OrdinalIgnoreCase);

    private static string Prepared(string? value) => string.Join(' ', (value ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
