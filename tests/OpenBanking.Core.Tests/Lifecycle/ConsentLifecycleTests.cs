using LanguageExt;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using OpenBanking.Core.Consents;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Flows;
using OpenBanking.Core.Http;
using OpenBanking.Core.Tests.Support;
using OpenBanking.TestSupport;

namespace OpenBanking.Core.Tests.Lifecycle;

public class ConsentLifecycleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private static (AccountInformationClient Client, ScriptedBank Bank) Client(Func<HttpRequestSpec, HttpResponseSpec> answer)
    {
        var bank = new ScriptedBank(r => answer(r));
        return (new AccountInformationClient(TestConfig.Valid(), bank, new FakeTimeProvider(Now), IdSource.Sequential()), bank);
    }

    private static Task<Either<OpenBankingError, AccountAccessConsent>> Check(HttpResponseSpec answer) =>
        Client(_ => answer).Client.CheckConsent("client-token", V4Bodies.ConsentId).ToEither();

    [TestCase("Authorised")]
    [TestCase("AUTH")]
    public async Task An_authorised_consent_in_date_is_usable(string status)
    {
        var (client, bank) = Client(_ => ScriptedBank.Json(200, V4Bodies.Consent(status)));

        var consent = await client.CheckConsent("client-token", V4Bodies.ConsentId).Right();

        Assert.Multiple(() =>
        {
            Assert.That(consent.Status, Is.EqualTo(ConsentStatus.Authorised));
            Assert.That(bank.Requests.Single().Operation, Is.EqualTo("GET account-access-consents"));
            Assert.That(bank.Requests.Single().Uri.AbsolutePath, Does.EndWith($"/account-access-consents/{V4Bodies.ConsentId}"));
        });
    }

    [TestCase("AwaitingAuthorisation", ConsentProblem.AwaitingAuthorisation, "is awaiting authorisation")]
    [TestCase("AWAU", ConsentProblem.AwaitingAuthorisation, "is awaiting authorisation")]
    [TestCase("Rejected", ConsentProblem.Rejected, "was rejected")]
    [TestCase("RJCT", ConsentProblem.Rejected, "was rejected")]
    [TestCase("Revoked", ConsentProblem.Revoked, "was revoked")]
    [TestCase("CANC", ConsentProblem.Revoked, "was revoked")]
    [TestCase("EXPD", ConsentProblem.Expired, "has expired")]
    public async Task A_consent_that_cannot_be_used_says_why(string status, ConsentProblem problem, string said)
    {
        var error = (await Check(ScriptedBank.Json(200, V4Bodies.Consent(status)))).LeftOf<ConsentNotUsableError, AccountAccessConsent>();

        Assert.Multiple(() =>
        {
            Assert.That(error.Problem, Is.EqualTo(problem));
            Assert.That(error.ConsentId, Is.EqualTo(V4Bodies.ConsentId));
            Assert.That(error.Message, Does.Contain($"consent {V4Bodies.ConsentId} {said}"));
        });
    }

    [Test]
    public async Task An_authorised_v3_consent_past_its_expiration_is_Expired()
    {
        var error = (await Check(ScriptedBank.Json(200, V4Bodies.Consent("Authorised", "2026-11-23T11:59:59+00:00"))))
            .LeftOf<ConsentNotUsableError, AccountAccessConsent>();

        Assert.That(error.Problem, Is.EqualTo(ConsentProblem.Expired));
    }

    [TestCase(400, "UK.OBIE.Resource.NotFound")]
    [TestCase(404, "UK.OBIE.Resource.NotFound")]
    [TestCase(400, "UK.ALPHABANK.Gone")]
    public async Task A_consent_the_bank_no_longer_knows_is_Deleted(int status, string errorCode)
    {
        var error = (await Check(ScriptedBank.Json(status, V4Bodies.Error($"{status}", errorCode, "ConsentId"), "bank-iid")))
            .LeftOf<ConsentNotUsableError, AccountAccessConsent>();

        Assert.Multiple(() =>
        {
            Assert.That(error.Problem, Is.EqualTo(ConsentProblem.Deleted));
            Assert.That(error.Cause!.Status, Is.EqualTo(status));
            Assert.That(error.InteractionId, Is.EqualTo("bank-iid"));
            Assert.That(error.Message, Does.Contain("unknown to the bank (deleted)"));
        });
    }

    [Test]
    public async Task A_400_for_a_missing_header_is_not_a_deleted_consent()
    {
        var error = (await Check(ScriptedBank.Json(400, V4Bodies.Error("400", "UK.OBIE.Header.Missing", "x-fapi-interaction-id"))))
            .LeftOf<ApiError, AccountAccessConsent>();

        Assert.That(error.Meaning, Is.EqualTo(ApiErrorMeaning.HeaderMissing));
    }

    [Test]
    public void Assess_is_pure_about_time()
    {
        var consent = new AccountAccessConsent("c", ConsentStatus.Authorised, Now, Now, ["ReadAccountsDetail"], Now.AddDays(1), null, null);

        Assert.Multiple(() =>
        {
            Assert.That(ConsentLifecycle.Assess(consent, Now).IsRight, Is.True);
            Assert.That(ConsentLifecycle.Assess(consent, Now.AddDays(1)).LeftOf<ConsentNotUsableError, AccountAccessConsent>().Problem,
                Is.EqualTo(ConsentProblem.Expired));
            Assert.That(ConsentLifecycle.Assess(consent with { ExpirationDateTime = null }, Now.AddYears(10)).IsRight, Is.True);
        });
    }

    [TestCase("UK.OBIE.Resource.InvalidConsentStatus")]
    public void A_resource_refused_for_the_consent_status_is_ConsentNotUsable(string errorCode)
    {
        var refusal = ResponseErrors.Classify(ScriptedBank.Json(403, V4Bodies.Error("403 Forbidden", errorCode, "")), "GET accounts");

        var error = (ConsentNotUsableError)ConsentLifecycle.Explain(refusal, "c-1");

        Assert.Multiple(() =>
        {
            Assert.That(error.Problem, Is.EqualTo(ConsentProblem.StatusUnknown));
            Assert.That(error.Operation, Is.EqualTo("GET accounts"));
            Assert.That(error.Message, Does.StartWith("GET accounts: consent c-1 is not in a status that allows this"));
            Assert.That(error.Message, Does.Contain(errorCode));
        });
    }

    [Test]
    public void Other_errors_are_explained_as_they_are()
    {
        var refusal = ResponseErrors.Classify(ScriptedBank.Json(400, V4Bodies.Error("400", "U004")), "GET accounts");

        Assert.That(ConsentLifecycle.Explain(refusal), Is.SameAs(refusal));
    }
}
