using System.Text.Json.Nodes;
using NUnit.Framework;
using OpenBanking.Conformance.Specs;
using OpenBanking.Core.Payments;
using OpenBanking.TestSupport;
using static OpenBanking.Core.Tests.Payments.PaymentExamples;

namespace OpenBanking.Core.Tests.Payments;

/// <summary>
/// Every request model is written as the spec's schema wants it — judged by the official v3.1.11 OpenAPI document's
/// schemas (the conformance library's <c>SchemaSet</c>) — and read back into an equal record.
/// </summary>
public class PaymentSerialisationTests
{
    private static IEnumerable<TestCaseData> Requests =>
        ConsentRequests.Concat(SubmissionRequests).Select(r => new TestCaseData(r.Key, r.Value).SetArgDisplayNames(r.Key));

    [TestCaseSource(nameof(Requests))]
    public void A_request_is_written_as_its_official_schema_wants_with_no_member_the_schema_lacks(string schema, object request)
    {
        var body = JsonNode.Parse(PaymentBodies.Write(request));

        Assert.Multiple(() =>
        {
            Assert.That(SpecDocuments.PaymentInitiation.Schemas.Validate(schema, body, "$"), Is.Empty);
            Assert.That(SpecDocuments.PaymentInitiation.Schemas.UnknownMembers(schema, body, "$"), Is.Empty);
        });
    }

    [TestCaseSource(nameof(Requests))]
    public void A_request_read_back_from_its_body_equals_the_request(string schema, object request)
    {
        var body = PaymentBodies.Write(request);

        var read = PaymentBodies.Read(request.GetType(), body).Right();

        Assert.That(read, Is.EqualTo(request), schema);
    }

    [TestCaseSource(nameof(Requests))]
    public void Members_left_unset_are_left_out_not_written_as_null(string schema, object request)
    {
        var body = PaymentBodies.Write(request);

        Assert.That(body, Does.Not.Contain("null"), schema);
    }

    [TestCase(165.88, "165.88")]
    [TestCase(10.50, "10.5")]
    [TestCase(1, "1")]
    public void An_amount_is_written_as_a_string_of_the_decimal_as_held(decimal amount, string written)
    {
        var consent = DomesticConsent with { Initiation = DomesticInitiation with { InstructedAmount = new PaymentAmount(amount, "GBP") } };

        var body = JsonNode.Parse(PaymentBodies.Write(consent))!;

        Assert.That(body["Data"]!["Initiation"]!["InstructedAmount"]!["Amount"]!.GetValue<string>(), Is.EqualTo(written));
    }

    [Test]
    public void An_amount_keeps_the_decimals_it_was_written_with()
    {
        var consent = DomesticConsent with { Initiation = DomesticInitiation with { InstructedAmount = new PaymentAmount(10.50m, "GBP") } };

        var body = PaymentBodies.Write(consent);

        Assert.That(body, Does.Contain("""{"Amount":"10.50","Currency":"GBP"}"""));
    }

    [Test]
    public void A_domestic_consent_is_written_with_its_risk_beside_its_data()
    {
        var consent = new DomesticPaymentConsentRequest(new DomesticPaymentInitiation(
            "ACME412", "FRESCO.21302.GFX.20", new PaymentAmount(165.88m, "GBP"), PaymentAccount.SortCodeAccountNumber("08-08-00", "21325698", "ACME DIY")))
        {
            Risk = new PaymentRisk(PaymentContextCode.TransferToThirdParty, ContractPresentIndicator: true),
        };

        var body = PaymentBodies.Write(consent);

        Assert.That(body, Is.EqualTo(
            """{"Data":{"Initiation":{"InstructionIdentification":"ACME412","EndToEndIdentification":"FRESCO.21302.GFX.20","InstructedAmount":{"Amount":"165.88","Currency":"GBP"},"CreditorAccount":{"SchemeName":"UK.OBIE.SortCodeAccountNumber","Identification":"08080021325698","Name":"ACME DIY"}}},"Risk":{"PaymentContextCode":"TransferToThirdParty","ContractPresentInidicator":true}}"""));
    }

    [Test]
    public void A_scheduled_consent_says_its_permission_is_create()
    {
        var body = JsonNode.Parse(PaymentBodies.Write(DomesticScheduledConsent))!;

        Assert.That(body["Data"]!["Permission"]!.GetValue<string>(), Is.EqualTo("Create"));
    }

    [Test]
    public void A_file_consent_has_no_risk()
    {
        var body = JsonNode.Parse(PaymentBodies.Write(FileConsent))!.AsObject();

        Assert.That(body.Select(m => m.Key), Is.EqualTo(new[] { "Data" }));
    }

    [Test]
    public void A_submission_made_for_a_consent_carries_its_initiation_and_risk_unchanged()
    {
        var consent = new DomesticPaymentConsent("pdc-1", PaymentConsentStatus.Authorised, Now, Now, DomesticInitiation) { Risk = Risk };

        var submission = DomesticPaymentRequest.For(consent);

        Assert.That(submission, Is.EqualTo(new DomesticPaymentRequest("pdc-1", DomesticInitiation) { Risk = Risk }));
    }

    [Test]
    public void The_schema_check_finds_a_body_the_schema_refuses()
    {
        var consent = DomesticConsent with { Initiation = DomesticInitiation with { InstructedAmount = new PaymentAmount(-1m, "gbp") } };

        var findings = SpecDocuments.PaymentInitiation.Schemas.Validate("OBWriteDomesticConsent4", JsonNode.Parse(PaymentBodies.Write(consent)), "$");

        Assert.That(findings.Select(f => f.ToString()), Has.Some.Contains("InstructedAmount.Amount").And.Some.Contains("InstructedAmount.Currency"));
    }

    [Test]
    public void Every_request_schema_of_the_payment_initiation_document_has_an_example_here()
    {
        var named = SpecDocuments.PaymentInitiation.Operations.Select(o => o.RequestSchema).OfType<string>().Distinct();

        Assert.That(named, Is.EquivalentTo(ConsentRequests.Keys.Concat(SubmissionRequests.Keys)));
    }
}
