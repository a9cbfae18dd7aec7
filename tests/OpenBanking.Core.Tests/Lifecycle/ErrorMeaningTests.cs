using NUnit.Framework;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;
using OpenBanking.Core.Protocol;
using OpenBanking.Core.Tests.Support;

namespace OpenBanking.Core.Tests.Lifecycle;

public class ErrorMeaningTests
{
    private static ApiError Refusal(int status, string code, string errorCode) =>
        (ApiError)ResponseErrors.Classify(ScriptedBank.Json(status, V4Bodies.Error(code, errorCode)), "POST account-access-consents");

    [Test]
    public void A_v4_error_response_means_the_same_as_its_v3_equivalent()
    {
        var v3 = Refusal(400, "400 Bad Request", "UK.OBIE.Field.Missing");
        var v4 = Refusal(400, "400 Bad Request", "U004");

        Assert.Multiple(() =>
        {
            Assert.That(v4.Meaning, Is.EqualTo(ApiErrorMeaning.FieldMissing));
            Assert.That(v4.Meaning, Is.EqualTo(v3.Meaning));
            Assert.That(v4.Has(ApiErrorMeaning.FieldMissing), Is.True);
            Assert.That(v4.Errors.Single().Path, Is.EqualTo(v3.Errors.Single().Path));
        });
    }

    [TestCase("UK.OBIE.Field.Invalid", ApiErrorMeaning.FieldInvalid)]
    [TestCase("UK.OBIE.Field.InvalidDate", ApiErrorMeaning.FieldInvalid)]
    [TestCase("UK.OBIE.Resource.NotFound", ApiErrorMeaning.ResourceNotFound)]
    [TestCase("UK.OBIE.Resource.ConsentMismatch", ApiErrorMeaning.ConsentMismatch)]
    [TestCase("UK.OBIE.Resource.InvalidConsentStatus", ApiErrorMeaning.InvalidConsentStatus)]
    [TestCase("UK.OBIE.Reauthenticate", ApiErrorMeaning.Reauthenticate)]
    [TestCase("UK.OBIE.Header.Missing", ApiErrorMeaning.HeaderMissing)]
    [TestCase("UK.OBIE.Signature.Malformed", ApiErrorMeaning.Signature)]
    [TestCase("UK.OBIE.Unsupported.Scheme", ApiErrorMeaning.Unsupported)]
    [TestCase("UK.OBIE.UnexpectedError", ApiErrorMeaning.Unexpected)]
    public void Each_v3_code_has_its_meaning(string errorCode, ApiErrorMeaning meaning) =>
        Assert.That(Refusal(400, "400 Bad Request", errorCode).Meaning, Is.EqualTo(meaning));

    [TestCase("U999")]
    [TestCase("U030")]
    [TestCase("UK.ALPHABANK.Custom")]
    [TestCase("")]
    public void A_code_the_library_does_not_know_is_Unrecognised_not_a_failure(string errorCode)
    {
        var error = Refusal(400, "400 Bad Request", errorCode);

        Assert.Multiple(() =>
        {
            Assert.That(error.Meaning, Is.EqualTo(ApiErrorMeaning.Unrecognised));
            Assert.That(error.Errors.Single().ErrorCode, Is.EqualTo(errorCode));
        });
    }

    [Test]
    public void An_error_without_details_is_Unrecognised()
    {
        var error = (ApiError)ResponseErrors.Classify(ScriptedBank.Json(500, """{"Code":"500","Message":"boom","Errors":[]}"""), "GET accounts");

        Assert.That(error.Meaning, Is.EqualTo(ApiErrorMeaning.Unrecognised));
    }

    [Test]
    public void Reauthenticate_wins_over_a_detail_listed_before_it()
    {
        var error = (ApiError)ResponseErrors.Classify(ScriptedBank.Json(403, """
            {"Code":"403","Message":"no","Errors":[{"ErrorCode":"UK.OBIE.Field.Invalid","Message":"a"},{"ErrorCode":"UK.OBIE.Reauthenticate","Message":"b"}]}
            """), "GET accounts");

        Assert.That(error.Meaning, Is.EqualTo(ApiErrorMeaning.Reauthenticate));
    }

    [Test]
    public void Every_v3_code_of_the_spec_has_a_meaning()
    {
        // OBError1.ErrorCode's x-namespaced-enum in account-info-openapi.json v3.1.11 (27 codes), and the three the
        // v4.0 code set maps that the AIS file does not list (EventType, FailsControlParameters, ResourceAlreadyExists).
        var v3 = ObErrorCodes.Meanings.Keys.Where(k => k.StartsWith("UK.OBIE.", StringComparison.Ordinal)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(v3, Has.Count.EqualTo(30));
            Assert.That(v3.Select(ObErrorCodes.Meaning), Has.None.EqualTo(ApiErrorMeaning.Unrecognised));
        });
    }

    [TestCase("U001", "UK.OBIE.Field.Expected")]
    [TestCase("U002", "UK.OBIE.Field.Invalid")]
    [TestCase("U008", "UK.OBIE.Resource.ConsentMismatch")]
    [TestCase("U009", "UK.OBIE.Resource.InvalidConsentStatus")]
    [TestCase("U011", "UK.OBIE.Resource.NotFound")]
    [TestCase("U017", "UK.OBIE.Signature.MissingClaim")]
    [TestCase("U028", "UK.OBIE.Reauthenticate")]
    [TestCase("U000", "UK.OBIE.UnexpectedError")]
    public void A_v4_code_means_what_the_v3_code_it_replaces_means(string v4, string v3) =>
        Assert.That(Refusal(400, "400 Bad Request", v4).Meaning, Is.EqualTo(Refusal(400, "400 Bad Request", v3).Meaning).And.Not.EqualTo(ApiErrorMeaning.Unrecognised));

    [Test]
    public void Every_v4_error_code_U000_to_U029_has_the_meaning_of_its_v3_code()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ObErrorCodes.V4Codes.Keys, Is.EquivalentTo(Enumerable.Range(0, 30).Select(i => $"U{i:000}")));
            Assert.That(ObErrorCodes.V4Codes.Select(c => ObErrorCodes.Meaning(c.Key) == ObErrorCodes.Meaning(c.Value)), Is.All.True);
        });
    }
}
