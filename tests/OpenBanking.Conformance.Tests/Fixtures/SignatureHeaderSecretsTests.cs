using NUnit.Framework;
using FixtureSecrets = OpenBanking.Conformance.Fixtures.Secrets;

namespace OpenBanking.Conformance.Tests.Fixtures;

/// <summary>A recorded x-jws-signature keeps the header a reviewer reads and loses the signature, so the request cannot be sent again as recorded.</summary>
public class SignatureHeaderSecretsTests
{
    [TestCase("x-jws-signature", "eyJhbGciOiJQUzI1NiJ9..c2lnbmF0dXJl", "eyJhbGciOiJQUzI1NiJ9..<signature>")]
    [TestCase("X-JWS-Signature", "eyJhbGciOiJQUzI1NiJ9..c2lnbmF0dXJl", "eyJhbGciOiJQUzI1NiJ9..<signature>")]
    [TestCase("x-jws-signature", "not-a-jws", "<signature>")]
    [TestCase("x-jws-signature", "eyJhbGciOiJQUzI1NiJ9..<signature>", "eyJhbGciOiJQUzI1NiJ9..<signature>")]
    [TestCase("x-idempotency-key", "key-1", "key-1")]
    public void The_signature_part_is_replaced_and_the_header_kept(string name, string value, string expected)
    {
        var scrubbed = FixtureSecrets.Header(name, value);

        Assert.That(scrubbed, Is.EqualTo(expected));
    }
}
