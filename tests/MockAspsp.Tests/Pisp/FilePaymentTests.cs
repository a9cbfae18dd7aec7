using System.Text.Json;
using MockAspsp.Domain;
using NUnit.Framework;

namespace MockAspsp.Tests.Pisp;

public class FilePaymentTests
{
    private const string Consents = "/file-payment-consents";

    [TestCase("UK.OBIE.PaymentInitiation.3.1", "application/json")]
    [TestCase("UK.OBIE.pain.001.001.08", "application/xml")]
    public async Task A_file_payment_goes_from_consent_through_upload_to_payment_and_report(string fileType, string mediaType)
    {
        await using var s = await PaymentSession.StartAsync();
        var file = fileType.EndsWith("08", StringComparison.Ordinal) ? PaymentBodies.XmlFile() : PaymentBodies.JsonFile();
        var body = PaymentBodies.FileConsent(file, fileType);
        var clientToken = await s.ClientToken();

        var consentId = await s.Consent(Consents[1..], body, clientToken);
        var awaitingUpload = s.Bank.State.PaymentConsents[consentId].Status;
        using var upload = await s.PostBytes($"{Consents}/{consentId}/file", clientToken, file, mediaType);
        using var download = await s.Get($"{Consents}/{consentId}/file", clientToken);
        var token = await s.Authorise(consentId);
        using var submitted = await s.Post("/file-payments", token, PaymentSession.Submission(consentId, body).ToJsonString());
        var created = await submitted.Content.ReadAsStringAsync();
        var paymentId = JsonDocument.Parse(created).RootElement.GetProperty("Data").GetProperty("FilePaymentId").GetString();
        s.Bank.Time.Advance(TimeSpan.FromSeconds(10));
        using var read = await s.Get($"/file-payments/{paymentId}", clientToken);
        using var details = await s.Get($"/file-payments/{paymentId}/payment-details", clientToken);
        using var report = await s.Get($"/file-payments/{paymentId}/report-file", clientToken);

        Assert.That(awaitingUpload, Is.EqualTo(PaymentConsentStatus.AwaitingUpload));
        Assert.That((int)upload.StatusCode, Is.EqualTo(200), await upload.Content.ReadAsStringAsync());
        Assert.That(await download.Content.ReadAsByteArrayAsync(), Is.EqualTo(file));
        Assert.That(download.Content.Headers.ContentType!.MediaType, Is.EqualTo(mediaType));
        Assert.That(download.Headers.Contains("x-jws-signature"), Is.True);
        Assert.That((int)submitted.StatusCode, Is.EqualTo(201), created);
        PaymentSession.AssertConforms("OBWriteFileResponse3", created);
        var readBody = await read.Content.ReadAsStringAsync();
        PaymentSession.AssertConforms("OBWriteFileResponse3", readBody);
        Assert.That(JsonDocument.Parse(readBody).RootElement.GetProperty("Data").GetProperty("Status").GetString(), Is.EqualTo("InitiationCompleted"));
        PaymentSession.AssertConforms("OBWritePaymentDetailsResponse1", await details.Content.ReadAsStringAsync());
        var payments = JsonDocument.Parse(await report.Content.ReadAsStringAsync()).RootElement.GetProperty("Data").GetProperty("Payments");
        Assert.That(payments.GetArrayLength(), Is.EqualTo(2));
        Assert.That(payments[1].GetProperty("InstructedAmount").GetProperty("Amount").GetString(), Is.EqualTo("20.25"));
        Assert.That(s.Bank.State.Payments.Values.Single().DebitAmount, Is.EqualTo(30.50m));
    }

    [Test]
    public async Task A_file_payment_consent_cannot_be_authorised_before_its_file_is_uploaded()
    {
        await using var s = await PaymentSession.StartAsync();
        var consentId = await s.Consent(Consents[1..], PaymentBodies.FileConsent(PaymentBodies.JsonFile()));

        using var approval = await s.Approve(consentId);

        Assert.That((int)approval.StatusCode, Is.EqualTo(400));
        Assert.That(await approval.Content.ReadAsStringAsync(), Does.Contain("AwaitingUpload, not AwaitingAuthorisation"));
    }
}
