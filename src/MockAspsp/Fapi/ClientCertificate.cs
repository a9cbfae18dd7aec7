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
    /// <summary>
    /// The transport layer's checks: a certificate was presented, it chains to a trusted CA, and it is within its
    /// validity at <paramref name="now"/>. Left is the reason, for an OAuth invalid_client or a 401.
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
    /// True when the subject equals <paramref name="registeredDn"/> as a set of attributes: registrations write DNs
    /// in RFC 4514 order (<c>C=GB,O=...,CN=...</c>), certificates print them the other way round.
    /// </summary>
    public bool SubjectIs(string registeredDn) => Normalise(Subject.Name) == Normalise(registeredDn);

    private static string Normalise(string dn) =>
        string.Join(",", dn.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split('=', 2))
            .Select(kv => $"{kv[0].Trim().ToUpperInvariant()}={(kv.Length > 1 ? kv[1].Trim() : "")}")
            .Order(StringComparer.Ordinal));
}
