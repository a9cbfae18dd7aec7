using OpenBanking.Core.Api;
using OpenBanking.Core.Accounts;
using NUnit.Framework;
using OpenBanking.Core.Consents;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Tests.Support;
using OpenBanking.TestSupport;

namespace OpenBanking.Core.Tests.Lifecycle;

public class ConsentStatusV4Tests
{
    [TestCase("AWAU", "AwaitingAuthorisation", ConsentStatus.AwaitingAuthorisation)]
    [TestCase("AUTH", "Authorised", ConsentStatus.Authorised)]
    [TestCase("RJCT", "Rejected", ConsentStatus.Rejected)]
    [TestCase("CANC", "Revoked", ConsentStatus.Revoked)]
    public void A_v4_consent_parses_into_the_same_consent_as_its_v3_equivalent(string v4, string v3, ConsentStatus expected)
    {
        var fromV4 = AccountInformation.GetConsent("_").Parse(ScriptedBank.Json(200, V4Bodies.Consent(v4))).Right();
        var fromV3 = AccountInformation.GetConsent("_").Parse(ScriptedBank.Json(200, V4Bodies.Consent(v3))).Right();

        Assert.Multiple(() =>
        {
            Assert.That(fromV4.Status, Is.EqualTo(expected));
            Assert.That(fromV4, Is.EqualTo(fromV3));
        });
    }

    [Test]
    public void A_v4_expired_consent_is_Expired()
    {
        var consent = AccountInformation.GetConsent("_").Parse(ScriptedBank.Json(200, V4Bodies.Consent("EXPD"))).Right();

        Assert.That(consent.Status, Is.EqualTo(ConsentStatus.Expired));
    }

    [TestCase("Cancelled")]
    [TestCase("auth")]
    [TestCase("PDNG")]
    public void A_status_neither_version_has_is_a_parse_error_at_its_path(string status)
    {
        var error = AccountInformation.GetConsent("_").Parse(ScriptedBank.Json(200, V4Bodies.Consent(status))).LeftOf<ParseError, AccountAccessConsent>();

        Assert.Multiple(() =>
        {
            Assert.That(error.Path, Is.EqualTo("$.Data.Status"));
            Assert.That(error.Detail, Does.Contain($"'{status}' is not a consent status"));
        });
    }

    [Test]
    public void A_number_is_not_a_status()
    {
        var body = V4Bodies.Consent("AUTH").Replace("\"AUTH\"", "1", StringComparison.Ordinal);

        var error = AccountInformation.GetConsent("_").Parse(ScriptedBank.Json(200, body)).LeftOf<ParseError, AccountAccessConsent>();

        Assert.That(error.Path, Is.EqualTo("$.Data.Status"));
    }

    [Test]
    public void Statuses_are_written_with_their_v3_names()
    {
        var written = System.Text.Json.JsonSerializer.Serialize(new[] { ConsentStatus.Revoked, ConsentStatus.Expired });

        Assert.That(written, Is.EqualTo("""["Revoked","Expired"]"""));
    }
}
