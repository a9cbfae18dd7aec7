using OpenBanking.Core.Api;
using OpenBanking.Core.Accounts;
using System.Text.Json;
using NUnit.Framework;
using OpenBanking.Core.Consents;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;
using OpenBanking.Core.Protocol;
using OpenBanking.Core.Tests.Support;
using OpenBanking.TestSupport;

namespace OpenBanking.Core.Tests.Consents;

public class AccountAccessConsentsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private static AccountAccessConsentRequest Consent(params string[] permissions) => new(permissions);

    [Test]
    public void Create_posts_an_OBReadConsent1_with_an_empty_risk()
    {
        var consent = new AccountAccessConsentRequest(
            [ObPermission.ReadAccountsDetail, ObPermission.ReadBalances],
            ExpirationDateTime: new DateTimeOffset(2027, 5, 2, 0, 0, 0, TimeSpan.Zero),
            TransactionFromDateTime: new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
            TransactionToDateTime: new DateTimeOffset(2026, 12, 31, 23, 59, 59, TimeSpan.FromHours(1)));

        var request = AccountInformation.CreateConsent(consent).Build(new CallContext(TestConfig.Valid(), "client-token", "iid-1", Now)).Right();

        Assert.Multiple(() =>
        {
            Assert.That(request.Method, Is.EqualTo(HttpMethod.Post));
            Assert.That(request.Uri, Is.EqualTo(new Uri("https://rs.aspsp.example.com/open-banking/v3.1/aisp/account-access-consents")));
            Assert.That(((RequestBody.Json)request.Body).Text, Is.EqualTo(
                """{"Data":{"Permissions":["ReadAccountsDetail","ReadBalances"],"ExpirationDateTime":"2027-05-02T00:00:00+00:00","TransactionFromDateTime":"2026-01-01T00:00:00+00:00","TransactionToDateTime":"2026-12-31T23:59:59+01:00"},"Risk":{}}"""));
            Assert.That(request.Header("Authorization"), Is.EqualTo("Bearer client-token"));
            Assert.That(request.Header("x-fapi-interaction-id"), Is.EqualTo("iid-1"));
            Assert.That(request.Body.ContentType, Is.EqualTo("application/json"));
        });
    }

    [Test]
    public void Optional_dates_are_left_out_of_the_body()
    {
        var body = AccountAccessConsents.Body(Consent(ObPermission.ReadAccountsBasic));

        Assert.That(body, Is.EqualTo("""{"Data":{"Permissions":["ReadAccountsBasic"]},"Risk":{}}"""));
    }

    [TestCase(new[] { "ReadAccountsBasic" }, true)]
    [TestCase(new[] { "ReadAccountsDetail", "ReadTransactionsDetail", "ReadTransactionsCredits" }, true)]
    [TestCase(new[] { "ReadAccountsDetail", "ReadTransactionsBasic", "ReadTransactionsDebits" }, true)]
    [TestCase(new[] { "ReadBalances" }, true)] // no ReadAccounts*: advice, not a rejection
    [TestCase(new[] { "ReadTransactionsDetail", "ReadTransactionsCredits" }, true)]
    [TestCase(new[] { "ReadAccountsDetail", "ReadTransactionsDetail" }, false)] // no Credits/Debits
    [TestCase(new[] { "ReadAccountsDetail", "ReadTransactionsCredits" }, false)] // no Basic/Detail
    [TestCase(new[] { "ReadAccountsDetail", "readbalances" }, false)] // case matters
    [TestCase(new[] { "ReadAccountsDetail", "ReadAccountsDetail" }, true)] // a repeat: the spec gives no rule against it
    [TestCase(new string[0], false)]
    public void Permission_sets_the_bank_must_reject_are_refused_before_sending(string[] permissions, bool accepted)
    {
        var result = AccountInformation.CreateConsent(Consent(permissions)).Build(new CallContext(TestConfig.Valid(), "t", "iid", Now));

        Assert.That(result.IsRight, Is.EqualTo(accepted), () => result.Match(Right: r => "built a request", Left: e => e.ToString()));
        if (!accepted)
        {
            Assert.That(result.LeftOf<ValidationError, HttpRequestSpec>().Check, Is.EqualTo("permissions"));
        }
    }

    [Test]
    public void All_21_permissions_together_are_a_valid_set()
    {
        var result = AccountInformation.CreateConsent(new AccountAccessConsentRequest(ObPermission.All)).Build(new CallContext(TestConfig.Valid(), "t", "iid", Now));

        Assert.That(ObPermission.All, Has.Count.EqualTo(21));
        Assert.That(result.IsRight, Is.True);
    }

    [Test]
    public void Every_problem_with_a_consent_is_listed_in_one_error()
    {
        var consent = new AccountAccessConsentRequest(
            ["ReadBalances", "ReadEverything", "ReadTransactionsCredits"],
            ExpirationDateTime: Now.AddDays(-1),
            TransactionFromDateTime: Now,
            TransactionToDateTime: Now.AddDays(-30));

        var error = AccountInformation.CreateConsent(consent).Build(new CallContext(TestConfig.Valid(), "t", "iid", Now)).LeftOf<ValidationError, HttpRequestSpec>();

        Assert.That(error.Detail, Does.Contain("'ReadEverything' is not a v3.1.11 permission code")
            .And.Contain("ReadTransactionsCredits needs ReadTransactionsBasic or ReadTransactionsDetail")
            .And.Not.Contain("ReadAccounts")
            .And.Contain("TransactionFromDateTime is after TransactionToDateTime")
            .And.Contain("is not in the future"));
    }

    [Test]
    public void Get_and_delete_address_the_consent_by_id()
    {
        var config = TestConfig.Valid();

        var get = AccountInformation.GetConsent("urn-consent-1").Build(new CallContext(config, "t", "iid", DateTimeOffset.UnixEpoch)).Right();
        var delete = AccountInformation.DeleteConsent("urn-consent-1").Build(new CallContext(config, "t", "iid", DateTimeOffset.UnixEpoch)).Right();

        Assert.That(get.Method, Is.EqualTo(HttpMethod.Get));
        Assert.That(delete.Method, Is.EqualTo(HttpMethod.Delete));
        Assert.That(get.Uri.AbsoluteUri, Is.EqualTo("https://rs.aspsp.example.com/open-banking/v3.1/aisp/account-access-consents/urn-consent-1"));
        Assert.That(delete.Uri, Is.EqualTo(get.Uri));
        Assert.That(get.Body, Is.EqualTo(RequestBody.None));
    }

    [Test]
    public void A_consent_id_is_escaped_in_the_path()
    {
        var get = AccountInformation.GetConsent("a/b?c").Build(new CallContext(TestConfig.Valid(), "t", "iid", DateTimeOffset.UnixEpoch)).Right();

        Assert.That(get.Uri.AbsolutePath, Does.EndWith("/account-access-consents/a%2Fb%3Fc"));
    }

    [Test]
    public void A_created_consent_parses()
    {
        var response = ScriptedBank.Json(201, """
            {
              "Data": {
                "ConsentId": "urn-alphabank-intent-88379",
                "Status": "AwaitingAuthorisation",
                "StatusUpdateDateTime": "2017-05-02T00:00:00+00:00",
                "CreationDateTime": "2017-05-02T00:00:00+00:00",
                "Permissions": ["ReadAccountsDetail", "ReadBalances"],
                "ExpirationDateTime": "2017-08-02T00:00:00+00:00",
                "SomethingNew": {"the bank": "added it"}
              },
              "Risk": {},
              "Links": {"Self": "https://api.alphabank.com/open-banking/v3.1/aisp/account-access-consents/urn-alphabank-intent-88379"},
              "Meta": {"TotalPages": 1}
            }
            """);

        var consent = AccountInformation.CreateConsent(new AccountAccessConsentRequest([])).Parse(response).Right();

        var may2 = new DateTimeOffset(2017, 5, 2, 0, 0, 0, TimeSpan.Zero);
        Assert.That(consent, Is.EqualTo(new AccountAccessConsent("urn-alphabank-intent-88379", ConsentStatus.AwaitingAuthorisation, may2, may2,
            ["ReadAccountsDetail", "ReadBalances"], new DateTimeOffset(2017, 8, 2, 0, 0, 0, TimeSpan.Zero), null, null)));
    }

    [Test]
    public void A_legacy_v2_account_request_id_is_accepted_as_the_consent_id()
    {
        var response = ScriptedBank.Json(201, """
            {"Data": {"AccountRequestId": "88379", "Status": "AwaitingAuthorisation", "CreationDateTime": "2017-05-02T00:00:00+00:00",
                      "Permissions": ["ReadAccountsDetail"]}, "Risk": {}}
            """);

        var consent = AccountInformation.CreateConsent(new AccountAccessConsentRequest([])).Parse(response).Right();

        Assert.That(consent.ConsentId, Is.EqualTo("88379"));
        Assert.That(consent.StatusUpdateDateTime, Is.Null);
    }

    [TestCase("""{"Data": {"Status": "Authorised", "CreationDateTime": "2017-05-02T00:00:00+00:00", "StatusUpdateDateTime": "2017-05-02T00:00:00+00:00", "Permissions": []}}""", "$.Data.ConsentId")]
    [TestCase("""{"Data": {"ConsentId": "c", "CreationDateTime": "2017-05-02T00:00:00+00:00", "StatusUpdateDateTime": "2017-05-02T00:00:00+00:00", "Permissions": []}}""", "$.Data")]
    [TestCase("""{"Data": {"ConsentId": "c", "Status": "Approved", "CreationDateTime": "2017-05-02T00:00:00+00:00", "StatusUpdateDateTime": "2017-05-02T00:00:00+00:00", "Permissions": []}}""", "$.Data.Status")]
    [TestCase("""{"Data": {"ConsentId": "c", "Status": "Authorised", "CreationDateTime": "2017-05-02T00:00:00+00:00", "Permissions": []}}""", "$.Data.StatusUpdateDateTime")]
    public void A_consent_missing_a_required_field_is_a_parse_error_with_its_path(string body, string path)
    {
        var error = AccountInformation.GetConsent("_").Parse(ScriptedBank.Json(200, body)).LeftOf<ParseError, AccountAccessConsent>();

        Assert.That(error.Path, Is.EqualTo(path));
        Assert.That(error.InteractionId, Is.EqualTo("bank-interaction-id"));
    }

    // OBReadConsentResponse1 (v3.1.11 account-info-openapi) requires Data and Risk, Risk an object (OBRisk2), and
    // Data.Permissions with at least one item.
    [TestCase("""{"Data": {"ConsentId": "c", "Status": "Authorised", "CreationDateTime": "2017-05-02T00:00:00+00:00", "StatusUpdateDateTime": "2017-05-02T00:00:00+00:00", "Permissions": ["ReadBalances"]}}""", "$.Risk")]
    [TestCase("""{"Data": {"ConsentId": "c", "Status": "Authorised", "CreationDateTime": "2017-05-02T00:00:00+00:00", "StatusUpdateDateTime": "2017-05-02T00:00:00+00:00", "Permissions": ["ReadBalances"]}, "Risk": null}""", "$.Risk")]
    [TestCase("""{"Data": {"ConsentId": "c", "Status": "Authorised", "CreationDateTime": "2017-05-02T00:00:00+00:00", "StatusUpdateDateTime": "2017-05-02T00:00:00+00:00", "Permissions": ["ReadBalances"]}, "Risk": []}""", "$.Risk")]
    [TestCase("""{"Data": {"ConsentId": "c", "Status": "Authorised", "CreationDateTime": "2017-05-02T00:00:00+00:00", "StatusUpdateDateTime": "2017-05-02T00:00:00+00:00", "Permissions": ["ReadBalances"]}, "Risk": "none"}""", "$.Risk")]
    [TestCase("""{"Data": {"ConsentId": "c", "Status": "Authorised", "CreationDateTime": "2017-05-02T00:00:00+00:00", "StatusUpdateDateTime": "2017-05-02T00:00:00+00:00", "Permissions": []}, "Risk": {}}""", "$.Data.Permissions")]
    [TestCase("""{"Data": {"ConsentId": "", "Status": "Authorised", "CreationDateTime": "2017-05-02T00:00:00+00:00", "StatusUpdateDateTime": "2017-05-02T00:00:00+00:00", "Permissions": ["ReadBalances"]}, "Risk": {}}""", "$.Data.ConsentId")]
    [TestCase("""{"Data": {"ConsentId": "c", "Status": "Authorised", "StatusUpdateDateTime": "2017-05-02T00:00:00+00:00", "Permissions": ["ReadBalances"]}, "Risk": {}}""", "$.Data")]
    [TestCase("""{"Data": {"ConsentId": "c", "Status": "Authorised", "CreationDateTime": "2017-05-02T00:00:00+00:00", "StatusUpdateDateTime": "2017-05-02T00:00:00+00:00"}, "Risk": {}}""", "$.Data")]
    public void A_consent_response_without_an_object_risk_or_a_permission_is_a_parse_error_with_its_path(string body, string path)
    {
        var created = AccountInformation.CreateConsent(new AccountAccessConsentRequest([])).Parse(ScriptedBank.Json(201, body)).LeftOf<ParseError, AccountAccessConsent>();
        var read = AccountInformation.GetConsent("_").Parse(ScriptedBank.Json(200, body)).LeftOf<ParseError, AccountAccessConsent>();

        Assert.That(created.Path, Is.EqualTo(path));
        Assert.That(read.Path, Is.EqualTo(path));
    }

    [Test]
    public void An_OBErrorResponse1_is_an_api_error_with_every_detail_and_the_interaction_id()
    {
        var response = ScriptedBank.Json(400, """
            {"Code": "400 BadRequest", "Id": "2b5f0fb2", "Message": "Consent validation failed",
             "Errors": [{"ErrorCode": "UK.OBIE.Field.Invalid", "Message": "Permission combination not allowed", "Path": "Data.Permissions"},
                        {"ErrorCode": "UK.OBIE.Field.InvalidDate", "Message": "ExpirationDateTime in the past", "Path": "Data.ExpirationDateTime", "Url": "https://docs"}]}
            """, "f3a1");

        var error = AccountInformation.CreateConsent(new AccountAccessConsentRequest([])).Parse(response).LeftOf<ApiError, AccountAccessConsent>();

        Assert.Multiple(() =>
        {
            Assert.That(error.Status, Is.EqualTo(400));
            Assert.That(error.Code, Is.EqualTo("400 BadRequest"));
            Assert.That(error.Id, Is.EqualTo("2b5f0fb2"));
            Assert.That(error.Errors, Is.EqualTo(new[]
            {
                new ApiErrorDetail("UK.OBIE.Field.Invalid", "Permission combination not allowed", "Data.Permissions"),
                new ApiErrorDetail("UK.OBIE.Field.InvalidDate", "ExpirationDateTime in the past", "Data.ExpirationDateTime", "https://docs"),
            }));
            Assert.That(error.Has(ObErrorCodes.FieldInvalid), Is.True);
            Assert.That(error.ToString(), Is.EqualTo(
                "POST account-access-consents refused with HTTP 400 BadRequest: Consent validation failed "
                + "[UK.OBIE.Field.Invalid at Data.Permissions: Permission combination not allowed; UK.OBIE.Field.InvalidDate at Data.ExpirationDateTime: ExpirationDateTime in the past] "
                + "(x-fapi-interaction-id f3a1)"));
        });
    }

    [Test]
    public void Delete_succeeds_on_204_and_reports_anything_else()
    {
        Assert.That(AccountInformation.DeleteConsent("_").Parse(ScriptedBank.Json(204, "")).IsRight, Is.True);
        Assert.That(AccountInformation.DeleteConsent("_").Parse(ScriptedBank.Json(200, "{}")).Left(), Is.TypeOf<ParseError>());
        Assert.That(AccountInformation.DeleteConsent("_").Parse(ScriptedBank.Json(404, "<html/>")).Left(), Is.TypeOf<HttpError>());
    }

    [Test]
    public void The_body_is_valid_json_for_any_permission_text()
    {
        var body = AccountAccessConsents.Body(Consent("Read\"Accounts\\Basic"));

        Assert.That(JsonDocument.Parse(body).RootElement.GetProperty("Data").GetProperty("Permissions")[0].GetString(), Is.EqualTo("Read\"Accounts\\Basic"));
    }

    [TestCase("""{"Data": null}""")]
    [TestCase("""{"Data": {"ConsentId": "c", "Status": "Authorised", "CreationDateTime": "2017-05-02T00:00:00+00:00", "StatusUpdateDateTime": "2017-05-02T00:00:00+00:00", "Permissions": [null]}}""")]
    public void Nulls_in_a_consent_are_parse_errors(string body)
    {
        Assert.That(AccountInformation.GetConsent("_").Parse(ScriptedBank.Json(200, body)).Left(), Is.TypeOf<ParseError>());
    }
}
