using System.Text.Json.Nodes;
using NUnit.Framework;
using OpenBanking.Conformance.Specs;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;
using OpenBanking.Core.Payments;
using OpenBanking.Core.Tests.Support;
using OpenBanking.TestSupport;
using static OpenBanking.Core.Tests.Payments.PaymentExamples;

namespace OpenBanking.Core.Tests.Payments;

/// <summary>
/// The readers of every Payment Initiation answer: status first (ResponseErrors for a refusal), then the document, each
/// required member enforced at its JSON path; a model written as the bank would is valid by the official schema and
/// reads back equal.
/// </summary>
public class PaymentParsingTests
{
    private static IEnumerable<TestCaseData> Answers =>
        PaymentResponses.All.Select(a => new TestCaseData(a.Schema).SetArgDisplayNames(a.Schema));

    private static (string Schema, int Status, object Model, Func<HttpResponseSpec, LanguageExt.Either<OpenBankingError, object>> Parse) Answer(string schema) =>
        PaymentResponses.All.Single(a => a.Schema == schema);

    [TestCaseSource(nameof(Answers))]
    public void An_answer_written_from_its_model_is_valid_by_its_official_schema(string schema)
    {
        var body = JsonNode.Parse(PaymentResponses.Body(Answer(schema).Model));

        Assert.Multiple(() =>
        {
            Assert.That(SpecDocuments.PaymentInitiation.Schemas.Validate(schema, body, "$"), Is.Empty);
            Assert.That(SpecDocuments.PaymentInitiation.Schemas.UnknownMembers(schema, body, "$"), Is.Empty);
        });
    }

    [TestCaseSource(nameof(Answers))]
    public void An_answer_reads_back_into_the_model_it_was_written_from(string schema)
    {
        var (_, status, model, parse) = Answer(schema);

        var read = parse(ScriptedBank.Json(status, PaymentResponses.Body(model)));

        Assert.That(read.Right(), Is.EqualTo(model));
    }

    [Test]
    public void The_spec_example_of_a_domestic_consent_answer_reads_into_typed_values()
    {
        const string body = """
            {"Data": {"ConsentId": "58923", "Status": "AwaitingAuthorisation", "CreationDateTime": "2017-06-05T15:15:13+00:00",
              "StatusUpdateDateTime": "2017-06-05T15:15:13+00:00",
              "Initiation": {"InstructionIdentification": "ACME412", "EndToEndIdentification": "FRESCO.21302.GFX.20",
                "InstructedAmount": {"Amount": "165.88", "Currency": "GBP"},
                "CreditorAccount": {"SchemeName": "UK.OBIE.SortCodeAccountNumber", "Identification": "08080021325698", "Name": "ACME Inc", "SecondaryIdentification": "0002"},
                "RemittanceInformation": {"Reference": "FRESCO-101", "Unstructured": "Internal ops code 5120101"}}},
             "Risk": {"PaymentContextCode": "EcommerceGoods", "MerchantCategoryCode": "5967", "MerchantCustomerIdentification": "053598653254",
               "DeliveryAddress": {"AddressLine": ["Flat 7", "Acacia Lodge"], "StreetName": "Acacia Avenue", "BuildingNumber": "27", "PostCode": "GU31 2ZZ",
                 "TownName": "Sparsholt", "CountrySubDivision": "Wessex", "Country": "UK"}},
             "Links": {"Self": "https://api.alphabank.com/open-banking/v3.1/pisp/domestic-payment-consents/58923"}, "Meta": {}}
            """;

        var consent = PaymentInitiation.GetDomesticPaymentConsent("58923").Parse(ScriptedBank.Json(200, body)).Right();

        Assert.Multiple(() =>
        {
            Assert.That(consent.ConsentId, Is.EqualTo("58923"));
            Assert.That(consent.Status, Is.EqualTo(PaymentConsentStatus.AwaitingAuthorisation));
            Assert.That(consent.Initiation.InstructedAmount, Is.EqualTo(new PaymentAmount(165.88m, "GBP")));
            Assert.That(consent.Initiation.CreditorAccount, Is.EqualTo(new PaymentAccount("UK.OBIE.SortCodeAccountNumber", "08080021325698", "ACME Inc", "0002")));
            Assert.That(consent.Risk.PaymentContextCode, Is.EqualTo(PaymentContextCode.EcommerceGoods));
            Assert.That(consent.Risk.DeliveryAddress!.AddressLine, Is.EqualTo(new[] { "Flat 7", "Acacia Lodge" }));
        });
    }

    [Test]
    public void A_consent_answer_without_risk_is_a_parse_error_at_risk()
    {
        var body = JsonNode.Parse(PaymentResponses.Body(Answer("OBWriteDomesticConsentResponse5").Model))!.AsObject();
        body.Remove("Risk");

        var error = PaymentInitiation.CreateDomesticPaymentConsent(DomesticConsent).Parse(ScriptedBank.Json(201, body.ToJsonString())).LeftOf<ParseError, DomesticPaymentConsent>();

        Assert.That(error.Path, Is.EqualTo("$.Risk"));
    }

    [TestCase("Status", "Done", "$.Data.Status")]
    [TestCase("StatusUpdateDateTime", null, "$.Data")]
    [TestCase("ConsentId", null, "$.Data")]
    [TestCase("CreationDateTime", "yesterday", "$.Data.CreationDateTime")]
    public void A_consent_answer_with_a_member_the_spec_refuses_is_a_parse_error_at_its_path(string member, string? value, string path)
    {
        var body = JsonNode.Parse(PaymentResponses.Body(Answer("OBWriteDomesticConsentResponse5").Model))!;
        var data = body["Data"]!.AsObject();
        if (value is null)
        {
            data.Remove(member);
        }
        else
        {
            data[member] = value;
        }

        var error = PaymentInitiation.CreateDomesticPaymentConsent(DomesticConsent).Parse(ScriptedBank.Json(201, body.ToJsonString())).LeftOf<ParseError, DomesticPaymentConsent>();

        Assert.Multiple(() =>
        {
            Assert.That(error.Path, Is.EqualTo(path));
            Assert.That(error.Expected, Is.EqualTo("an OBWriteDomesticConsentResponse5 document"));
            Assert.That(error.Detail, value is null ? Does.Contain(member) : Does.Contain("could not be converted"));
        });
    }

    [Test]
    public void An_amount_of_another_shape_in_an_answer_is_a_parse_error_at_the_amount()
    {
        var body = JsonNode.Parse(PaymentResponses.Body(Answer("OBWriteDomesticResponse5").Model))!;
        body["Data"]!["Initiation"]!["InstructedAmount"]!["Amount"] = "1,000.00";

        var error = PaymentInitiation.GetDomesticPayment("dp-1").Parse(ScriptedBank.Json(200, body.ToJsonString())).LeftOf<ParseError, DomesticPayment>();

        Assert.That(error.Path, Is.EqualTo("$.Data.Initiation.InstructedAmount.Amount"));
    }

    [Test]
    public void A_charge_list_holding_null_is_a_parse_error_naming_the_item()
    {
        var body = JsonNode.Parse(PaymentResponses.Body(Answer("OBWriteDomesticResponse5").Model))!;
        body["Data"]!["Charges"]!.AsArray().Add(null);

        var error = PaymentInitiation.GetDomesticPayment("dp-1").Parse(ScriptedBank.Json(200, body.ToJsonString())).LeftOf<ParseError, DomesticPayment>();

        Assert.That(error.Detail, Does.Contain("Charges[1] is null"));
    }

    [Test]
    public void A_refusal_with_an_ob_error_response_is_an_api_error_with_its_codes()
    {
        const string body = """{"Code": "400 BadRequest", "Message": "Invalid", "Errors": [{"ErrorCode": "UK.OBIE.Resource.ConsentMismatch", "Message": "Initiation differs", "Path": "Data.Initiation"}]}""";

        var error = PaymentInitiation.CreateDomesticPayment((DomesticPaymentRequest)SubmissionRequests["OBWriteDomestic2"])
            .Parse(ScriptedBank.Json(400, body)).LeftOf<ApiError, DomesticPayment>();

        Assert.Multiple(() =>
        {
            Assert.That(error.Status, Is.EqualTo(400));
            Assert.That(error.Operation, Is.EqualTo("POST domestic-payments"));
            Assert.That(error.Errors.Single().ErrorCode, Is.EqualTo("UK.OBIE.Resource.ConsentMismatch"));
        });
    }

    [Test]
    public void A_success_status_other_than_the_spec_s_is_a_parse_error()
    {
        var error = PaymentInitiation.CreateDomesticPayment((DomesticPaymentRequest)SubmissionRequests["OBWriteDomestic2"])
            .Parse(ScriptedBank.Json(200, PaymentResponses.Body(Answer("OBWriteDomesticResponse5").Model))).LeftOf<ParseError, DomesticPayment>();

        Assert.That(error.Expected, Is.EqualTo("HTTP 201"));
    }

    [Test]
    public void An_html_error_page_is_an_http_error()
    {
        var response = HttpResponseSpec.FromText(502, "<html><body>Bad gateway</body></html>", KeyValuePair.Create("Content-Type", "text/html"));

        var error = PaymentInitiation.GetDomesticPayment("dp-1").Parse(response).LeftOf<HttpError, DomesticPayment>();

        Assert.That(error.Status, Is.EqualTo(502));
    }

    [Test]
    public void Payment_details_without_statuses_read_as_none()
    {
        var details = PaymentInitiation.GetFilePaymentDetails("fp-1").Parse(ScriptedBank.Json(200, """{"Data": {}, "Links": {"Self": "https://x"}, "Meta": {}}""")).Right();

        Assert.That(details.Transactions, Is.Null);
    }

    [Test]
    public void The_upload_of_a_file_is_answered_with_200_and_no_body()
    {
        var uploaded = PaymentInitiation.UploadPaymentFile("pdc-7", FileInitiation, FileBytes).Parse(HttpResponseSpec.FromText(200, ""));

        Assert.That(uploaded.IsRight, Is.True);
    }

    [Test]
    public void A_report_file_is_read_as_its_bytes_media_type_and_name()
    {
        var response = new HttpResponseSpec(200,
            [KeyValuePair.Create("Content-Type", "text/csv; charset=utf-8"), KeyValuePair.Create("Content-Disposition", "attachment; filename=\"report.csv\"")],
            "id,status\nfp-1,ACSC\n"u8.ToArray());

        var report = PaymentInitiation.GetFilePaymentReport("fp-1").Parse(response).Right();

        Assert.That(report, Is.EqualTo(new PaymentFileContent("text/csv", "id,status\nfp-1,ACSC\n"u8.ToArray(), "report.csv")));
    }
}
