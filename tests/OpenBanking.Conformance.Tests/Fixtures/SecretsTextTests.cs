using NUnit.Framework;
// Aliased: the test namespace OpenBanking.Conformance.Tests.Secrets would hide the class.
using FixtureSecrets = OpenBanking.Conformance.Fixtures.Secrets;

namespace OpenBanking.Conformance.Tests.Fixtures;

/// <summary>Text that is not JSON or a form still loses what looks like a secret before it is kept or shown.</summary>
public class SecretsTextTests
{
    [TestCase("""{"access_token": "at-SECRET-1", "token_type": "Bearer", "refresh_tok""", "at-SECRET-1", """{"access_token": "<access_token>", "token_type": "Bearer", "refresh_tok""")]
    [TestCase("""{"token_type": "Bearer", "refresh_token": "rt-SECRET-2""", "rt-SECRET-2", """{"token_type": "Bearer", "refresh_token": "<refresh_token>""")]
    [TestCase("<a href=\"https://tpp.example/cb?code=CODE-SECRET-3&state=s1\">continue</a>", "CODE-SECRET-3", "<a href=\"https://tpp.example/cb?code=<code>&state=s1\">continue</a>")]
    [TestCase("upstream said: Authorization: Bearer tok-SECRET-4 was refused", "tok-SECRET-4", "upstream said: Authorization: Bearer <access_token> was refused")]
    [TestCase("basic auth Basic Y2xpZW50OnNlY3JldA== failed", "Y2xpZW50OnNlY3JldA==", "basic auth Basic <client credentials> failed")]
    [TestCase("client_secret=cs-SECRET-5&grant_type=client_credentials", "cs-SECRET-5", "client_secret=<client_secret>&grant_type=client_credentials")]
    [TestCase("id token eyJhbGciOiJQUzI1NiJ9.eyJzdWIiOiJ4In0.SIGNATURE-SECRET-6 end", "SIGNATURE-SECRET-6", "id token eyJhbGciOiJQUzI1NiJ9.eyJzdWIiOiJ4In0. end")]
    public void A_secret_in_text_is_replaced_and_the_rest_is_kept(string text, string secret, string expected)
    {
        var scrubbed = FixtureSecrets.Text(text);

        Assert.Multiple(() =>
        {
            Assert.That(scrubbed, Does.Not.Contain(secret));
            Assert.That(scrubbed, Is.EqualTo(expected));
            Assert.That(FixtureSecrets.Text(scrubbed), Is.EqualTo(scrubbed), "scrubbing twice changes nothing");
        });
    }

    [Test]
    public void Ordinary_text_is_left_alone() =>
        Assert.That(FixtureSecrets.Text("<html><body>Service unavailable (grant_type missing, state=s1)</body></html>"),
            Is.EqualTo("<html><body>Service unavailable (grant_type missing, state=s1)</body></html>"));
}
