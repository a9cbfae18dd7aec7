using System.Collections.Concurrent;
using System.Security.Cryptography.X509Certificates;
using LanguageExt;

namespace MockAspsp.Fapi;

/// <summary>
/// <see cref="ClientCertificate.Check"/> for every request, remembering the certificates that passed: one that chained
/// to a trusted CA is not chained again while every certificate of that chain is still valid, because the answer
/// could not differ — the trusted CAs are fixed for the bank's life, revocation is not checked, and what else is checked
/// (the extended key usage) is the certificate's own, the same for the same thumbprint. Building an X.509
/// chain was most of what a resource request cost under load (docs/benchmarks.md). Refusals are not remembered.
/// </summary>
public sealed class TransportCertificates
{
    // A mock sees a handful of transport certificates; a client presenting endless new ones fills no more than this.
    private const int MaxRemembered = 1024;

    private readonly IReadOnlyList<X509Certificate2> _trustedCas;
    private readonly ConcurrentDictionary<string, (ClientCertificate Certificate, DateTimeOffset From, DateTimeOffset Until)> _passed = new(StringComparer.Ordinal);

    /// <summary>Checks against <paramref name="trustedCas"/>.</summary>
    public TransportCertificates(IReadOnlyList<X509Certificate2> trustedCas)
    {
        ArgumentNullException.ThrowIfNull(trustedCas);
        _trustedCas = trustedCas;
    }

    /// <summary>The same answer as <see cref="ClientCertificate.Check"/> with the trusted CAs, at <paramref name="now"/>.</summary>
    public Either<string, ClientCertificate> Check(X509Certificate2? certificate, DateTimeOffset now)
    {
        if (certificate is not null && _passed.TryGetValue(ClientCertificate.ThumbprintOf(certificate), out var passed) && now >= passed.From && now <= passed.Until)
        {
            return passed.Certificate;
        }

        var checkedChain = ClientCertificate.CheckChain(certificate, _trustedCas, now);
        checkedChain.IfRight(c =>
        {
            if (_passed.Count < MaxRemembered || _passed.ContainsKey(c.Certificate.Thumbprint))
            {
                _passed[c.Certificate.Thumbprint] = c;
            }
        });
        return checkedChain.Map(c => c.Certificate);
    }
}
