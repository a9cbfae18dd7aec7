using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using LanguageExt;
using MockAspsp.Fapi;
using NUnit.Framework;
using OpenBanking.DevTools.Certificates;

namespace MockAspsp.Tests.Fapi;

/// <summary>
/// The bank remembers transport certificates that passed, so it need not build their chain on every request: it must
/// still answer exactly as a fresh check would, at every moment — before, within and after the chain's validity.
/// </summary>
public class TransportCertificatesTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    private static X509Certificate2 Ca() => CertificateFactory.CreateCa("CN=Test TPP CA", Start, TimeSpan.FromDays(365));

    private static X509Certificate2 Transport(X509Certificate2 ca, TimeSpan validity) =>
        CertificateFactory.IssueTransport(ca, "CN=tpp-transport, O=Test TPP, C=GB", Start.AddDays(1), validity);

    private static string Answer(Either<string, ClientCertificate> answer) => answer.Match(Right: c => $"trusted {c.Thumbprint}", Left: reason => $"refused: {reason}");

    [Test]
    public void A_trusted_certificate_passes_every_time_with_the_thumbprint_a_fresh_check_gives()
    {
        using var ca = Ca();
        using var transport = Transport(ca, TimeSpan.FromDays(30));
        var certificates = new TransportCertificates([ca]);
        var now = Start.AddDays(2);

        var answers = Enumerable.Range(0, 3).Select(_ => Answer(certificates.Check(transport, now))).ToList();

        Assert.That(answers, Has.All.EqualTo(Answer(ClientCertificate.Check(transport, [ca], now))));
        Assert.That(answers[0], Does.StartWith("trusted "));
    }

    [Test]
    public void A_certificate_from_another_ca_is_refused_every_time()
    {
        using var ca = Ca();
        using var stranger = Ca();
        using var transport = Transport(stranger, TimeSpan.FromDays(30));
        var certificates = new TransportCertificates([ca]);

        var answers = Enumerable.Range(0, 2).Select(_ => Answer(certificates.Check(transport, Start.AddDays(2)))).ToList();

        Assert.That(answers, Has.All.Contains("does not chain to a CA this bank trusts"));
    }

    [Test]
    public void A_remembered_certificate_is_refused_once_it_has_expired_and_before_it_is_valid()
    {
        using var ca = Ca();
        using var transport = Transport(ca, TimeSpan.FromDays(30));
        var certificates = new TransportCertificates([ca]);
        Assert.That(Answer(certificates.Check(transport, Start.AddDays(2))), Does.StartWith("trusted "));

        var afterExpiry = Answer(certificates.Check(transport, Start.AddDays(32)));
        var beforeValidity = Answer(certificates.Check(transport, Start.AddHours(12)));

        Assert.That(afterExpiry, Does.Contain("is not valid at"));
        Assert.That(beforeValidity, Does.Contain("is not valid at"));
        Assert.That(afterExpiry, Is.EqualTo(Answer(ClientCertificate.Check(transport, [ca], Start.AddDays(32)))));
    }

    [Test]
    public void A_remembered_certificate_is_refused_once_its_ca_has_expired_even_while_it_is_still_valid()
    {
        using var ca = CertificateFactory.CreateCa("CN=Short-lived TPP CA", Start, TimeSpan.FromDays(10));
        using var caKey = ca.GetRSAPrivateKey()!;
        using var leafKey = RSA.Create(2048);
        // CertificateRequest.Create(issuerCertificate, ...) refuses a leaf that outlives its CA; a careless CA does not.
        var request = new CertificateRequest("CN=outlives its CA", leafKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var issued = request.Create(ca.SubjectName, X509SignatureGenerator.CreateForRSA(caKey, RSASignaturePadding.Pkcs1),
            Start.AddDays(1), Start.AddDays(60), [1, 2, 3, 4]);
        using var transport = issued.CopyWithPrivateKey(leafKey);
        var certificates = new TransportCertificates([ca]);
        Assert.That(Answer(certificates.Check(transport, Start.AddDays(2))), Does.StartWith("trusted "));

        var afterCaExpiry = Answer(certificates.Check(transport, Start.AddDays(20)));

        Assert.That(afterCaExpiry, Does.StartWith("refused: "));
        Assert.That(afterCaExpiry, Is.EqualTo(Answer(ClientCertificate.Check(transport, [ca], Start.AddDays(20)))));
    }

    [Test]
    public void No_certificate_is_refused()
    {
        using var ca = Ca();

        var answer = Answer(new TransportCertificates([ca]).Check(null, Start));

        Assert.That(answer, Is.EqualTo("refused: no client certificate was presented (mutual TLS is required)"));
    }
}
