using System.Buffers.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ApprovalTests;
using ApprovalTests.Reporters;
using NUnit.Framework;
using OpenBanking.Core.Api;
using OpenBanking.Core.Http;
using OpenBanking.Core.Payments;
using OpenBanking.TestSupport;
using static OpenBanking.Core.Tests.Payments.PaymentExamples;

namespace OpenBanking.Core.Tests.Payments;

/// <summary>
/// The request of one consent and one submission per payment type, approved as a file beside this class: time, ids and
/// idempotency key fixed, the <c>x-jws-signature</c> shown as its decoded protected header with the (randomised PS256)
/// signature scrubbed.
/// </summary>
[UseReporter(typeof(QuietReporter))]
public class PaymentRequestSnapshotTests
{
    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Test]
    public void Create_domestic_payment_consent() => Verify(PaymentInitiation.CreateDomesticPaymentConsent(DomesticConsent));

    [Test]
    public void Create_domestic_payment() => Verify(PaymentInitiation.CreateDomesticPayment((DomesticPaymentRequest)SubmissionRequests["OBWriteDomestic2"]));

    [Test]
    public void Create_domestic_scheduled_payment_consent() => Verify(PaymentInitiation.CreateDomesticScheduledPaymentConsent(DomesticScheduledConsent));

    [Test]
    public void Create_domestic_scheduled_payment() =>
        Verify(PaymentInitiation.CreateDomesticScheduledPayment((DomesticScheduledPaymentRequest)SubmissionRequests["OBWriteDomesticScheduled2"]));

    [Test]
    public void Create_domestic_standing_order_consent() => Verify(PaymentInitiation.CreateDomesticStandingOrderConsent(DomesticOrderConsent));

    [Test]
    public void Create_domestic_standing_order() =>
        Verify(PaymentInitiation.CreateDomesticStandingOrder((DomesticStandingOrderRequest)SubmissionRequests["OBWriteDomesticStandingOrder3"]));

    [Test]
    public void Create_international_payment_consent() => Verify(PaymentInitiation.CreateInternationalPaymentConsent(InternationalConsent));

    [Test]
    public void Create_international_payment() => Verify(PaymentInitiation.CreateInternationalPayment((InternationalPaymentRequest)SubmissionRequests["OBWriteInternational3"]));

    [Test]
    public void Create_international_scheduled_payment_consent() => Verify(PaymentInitiation.CreateInternationalScheduledPaymentConsent(InternationalScheduledConsent));

    [Test]
    public void Create_international_scheduled_payment() =>
        Verify(PaymentInitiation.CreateInternationalScheduledPayment((InternationalScheduledPaymentRequest)SubmissionRequests["OBWriteInternationalScheduled3"]));

    [Test]
    public void Create_international_standing_order_consent() => Verify(PaymentInitiation.CreateInternationalStandingOrderConsent(InternationalOrderConsent));

    [Test]
    public void Create_international_standing_order() =>
        Verify(PaymentInitiation.CreateInternationalStandingOrder((InternationalStandingOrderRequest)SubmissionRequests["OBWriteInternationalStandingOrder4"]));

    [Test]
    public void Create_file_payment_consent() => Verify(PaymentInitiation.CreateFilePaymentConsent(FileConsent));

    [Test]
    public void Upload_payment_file() => Verify(PaymentInitiation.UploadPaymentFile("pdc-7", FileInitiation, FileBytes));

    [Test]
    public void Create_file_payment() => Verify(PaymentInitiation.CreateFilePayment((FilePaymentRequest)SubmissionRequests["OBWriteFile2"]));

    [Test]
    public void Get_domestic_payment_details() => Verify(PaymentInitiation.GetDomesticPaymentDetails("dp-1"));

    private static void Verify<T>(ApiCall<T> call)
    {
        var request = call.Build(PaymentCalls.Context()).Right();

        var node = RequestSnapshot.Node(request);
        Approvals.Verify(node.ToJsonString(Pretty).ReplaceLineEndings("\n") + "\n");
    }
}
