using System.Text;
using MockAspsp.TestSupport;
using NUnit.Framework;
using OpenBanking.Core.Jose;
using OpenBanking.TestSupport;

namespace MockAspsp.Tests.Pisp;

/// <summary>
/// The contract between the library's message signing and the mock's: what the library signs with a demo client's
/// configuration the mock accepts, and what the mock signs the library verifies with the bank's published keys and the
/// configuration's expectations — in both forms (v3.1.4+ and the legacy b64: false).
/// </summary>
public class LibraryJwsContractTests
{
    [TestCase(false)]
    [TestCase(true)]
    public async Task The_mock_accepts_the_librarys_signature_and_the_library_accepts_the_mocks(bool legacy)
    {
        await using var s = await PaymentSession.StartAsync(o => o with { JwsB64False = legacy });
        var config = s.Bank.Config(PaymentSession.Client);
        var body = PaymentBodies.Domestic().ToJsonString();
        var bytes = Encoding.UTF8.GetBytes(body);
        var signature = DetachedJws.Sign(config.Signer!, bytes, new JwsSignatureClaims(s.Bank.Time.GetUtcNow(), config.JwsIssuer!, config.JwsTrustAnchor, config.JwsUnencodedPayload)).Right();

        using var response = await s.Post("/domestic-payment-consents", await s.ClientToken(), body, signature: signature);
        var answer = await response.Content.ReadAsByteArrayAsync();
        var keys = JsonWebKeySet.Parse(await s.Context.Http().GetStringAsync("/jwks")).Right();
        var verified = DetachedJws.Verify(response.Headers.GetValues("x-jws-signature").Single(), answer, keys,
            new JwsSignatureExpectations(s.Bank.Time.GetUtcNow(), TimeSpan.FromMinutes(1), config.AspspOrgId, config.JwsTrustAnchor, config.JwsUnencodedPayload));

        Assert.That((int)response.StatusCode, Is.EqualTo(201), Encoding.UTF8.GetString(answer));
        Assert.That(config.JwsUnencodedPayload, Is.EqualTo(legacy));
        Assert.That(verified.Right().Issuer, Is.EqualTo("obfx-mock-bank"));
    }
}
