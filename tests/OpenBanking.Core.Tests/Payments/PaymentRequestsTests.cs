using System.Text.RegularExpressions;
using NUnit.Framework;
using OpenBanking.Conformance.Specs;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;
using OpenBanking.Core.Payments;
using OpenBanking.TestSupport;

namespace OpenBanking.Core.Tests.Payments;

/// <summary>The table of the Payment Initiation API: one call per operation of the spec, each built as the spec says.</summary>
public class PaymentRequestsTests
{
    private const string BasePath = "/open-banking/v3.1/pisp";

    private static List<(string Name, PaymentCalls.CallView Call, HttpRequestSpec Request)> Built(string id = "X-1") =>
        PaymentCalls.All(id).Select(c => (c.Name, c.Call, c.Call.Build(PaymentCalls.Context()).Right())).ToList();

    [Test]
    public void Every_operation_of_the_spec_has_one_call_and_no_call_invents_one()
    {
        var spec = SpecDocuments.PaymentInitiation.Operations.ToList();

        var matched = Built().Select(b => spec.Where(o => o.Method == b.Request.Method.Method && Template(o.Template).IsMatch(b.Request.Uri.AbsolutePath[BasePath.Length..])).ToList()).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(spec, Has.Count.EqualTo(41));
            Assert.That(matched, Has.All.Count.EqualTo(1));
            Assert.That(matched.Select(m => m[0].ToString()), Is.EquivalentTo(spec.Select(o => o.ToString())));
        });
    }

    [Test]
    public void Every_post_is_an_idempotent_signed_submission_and_every_answer_is_signed()
    {
        var built = Built();

        Assert.Multiple(() =>
        {
            foreach (var (name, call, request) in built)
            {
                var post = request.Method == HttpMethod.Post;
                Assert.That(call.Idempotent, Is.EqualTo(post), name);
                Assert.That(call.SignedResponse, Is.True, name);
                Assert.That(request.Header("x-idempotency-key"), post ? Is.EqualTo("FRESCO.21302.GFX.20") : Is.Null, name);
                Assert.That(request.Header("x-jws-signature"), post ? Does.Match(@"^[\w-]+\.\.[\w-]+$") : Is.Null, name);
            }
        });
    }

    [Test]
    public void Every_operation_has_a_name_of_its_own()
    {
        var names = Built().Select(b => b.Request.Operation).ToList();

        Assert.That(names, Is.Unique);
        Assert.That(names, Does.Contain("POST domestic-payment-consents").And.Contain("GET domestic-payment-consents funds-confirmation").And.Contain("POST file-payment-consents file"));
    }

    [Test]
    public void Every_id_in_a_path_is_escaped()
    {
        var paths = Built("a b/c").Where(b => b.Request.Method == HttpMethod.Get || b.Name == nameof(PaymentInitiation.UploadPaymentFile)).Select(b => b.Request.Uri.AbsolutePath).ToList();

        Assert.That(paths, Has.Count.EqualTo(27).And.All.Contains("/a%20b%2Fc"));
    }

    [Test]
    public void An_empty_id_is_a_validation_error_not_a_request()
    {
        var errors = PaymentCalls.All(" ").Select(c => c.Call.Build(PaymentCalls.Context()))
            .Where(b => b.IsLeft).Select(b => b.LeftOf<ValidationError, HttpRequestSpec>()).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(errors, Has.Count.EqualTo(27));
            Assert.That(errors.Select(e => e.Detail), Does.Contain("the id of the domestic payment consent is empty"));
        });
    }

    [Test]
    public void A_submission_body_is_the_request_written_as_the_spec_wants()
    {
        var request = PaymentInitiation.CreateDomesticPaymentConsent(PaymentExamples.DomesticConsent).Build(PaymentCalls.Context()).Right();

        Assert.Multiple(() =>
        {
            Assert.That(((RequestBody.Json)request.Body).Text, Is.EqualTo(PaymentBodies.Write(PaymentExamples.DomesticConsent)));
            Assert.That(request.Uri, Is.EqualTo(new Uri("https://rs.aspsp.example.com/open-banking/v3.1/pisp/domestic-payment-consents")));
        });
    }

    [Test]
    public void A_payment_file_is_uploaded_as_its_own_bytes_with_its_media_type()
    {
        var json = PaymentInitiation.UploadPaymentFile("pdc-7", PaymentExamples.FileInitiation, PaymentExamples.FileBytes).Build(PaymentCalls.Context()).Right();
        var xml = PaymentInitiation.UploadPaymentFile("pdc-7", PaymentExamples.FileInitiation with { FileType = PaymentFileTypes.Pain00100108, NumberOfTransactions = null, ControlSum = null },
            "<Document><CdtTrfTxInf><InstdAmt>1</InstdAmt></CdtTrfTxInf></Document>"u8.ToArray(), "text/xml");

        Assert.Multiple(() =>
        {
            Assert.That(json.Body, Is.EqualTo(new RequestBody.Bytes(PaymentExamples.FileBytes, "application/json")));
            Assert.That(xml.Build(PaymentCalls.Context()).Left().ToString(), Does.Contain("FileHash"));
        });
    }

    [Test]
    public void A_submission_without_an_idempotency_key_is_not_built()
    {
        var error = PaymentInitiation.CreateDomesticPaymentConsent(PaymentExamples.DomesticConsent)
            .Build(PaymentCalls.Context() with { IdempotencyKey = null }).LeftOf<ValidationError, HttpRequestSpec>();

        Assert.That(error.Check, Is.EqualTo("x-idempotency-key"));
    }

    private static Regex Template(string template) =>
        new($"^{Regex.Replace(Regex.Escape(template), @"\\\{\w+}", "[^/]+")}$", RegexOptions.None, TimeSpan.FromSeconds(1));
}
