using System.Net;
using System.Text.Json;
using MockAspsp.Domain;
using NUnit.Framework;

namespace MockAspsp.Tests.Pisp;

public class DomesticPaymentTests
{
    [Test]
    public async Task A_domestic_payment_goes_from_consent_to_payment_and_consumes_its_consent()
    {
        await using var s = await PaymentSession.StartAsync();
        var body = PaymentBodies.Domestic();
        var clientToken = await s.ClientToken();

        var consentId = await s.Consent("domestic-payment-consents", body, clientToken);
        using var awaiting = await s.Get($"/domestic-payment-consents/{consentId}", clientToken);
        var token = await s.Authorise(consentId);
        using var funds = await s.Get($"/domestic-payment-consents/{consentId}/funds-confirmation", token);
        using var submitted = await s.Post("/domestic-payments", token, PaymentSession.Submission(consentId, body).ToJsonString());
        var payment = JsonDocument.Parse(await submitted.Content.ReadAsStringAsync()).RootElement.GetProperty("Data");
        var paymentId = payment.GetProperty("DomesticPaymentId").GetString()!;
        using var read = await s.Get($"/domestic-payments/{paymentId}", clientToken);
        using var details = await s.Get($"/domestic-payments/{paymentId}/payment-details", clientToken);
        using var consumed = await s.Get($"/domestic-payment-consents/{consentId}", clientToken);

        var awaitingBody = await awaiting.Content.ReadAsStringAsync();
        PaymentSession.AssertConforms("OBWriteDomesticConsentResponse5", awaitingBody);
        Assert.That(JsonDocument.Parse(awaitingBody).RootElement.GetProperty("Data").GetProperty("Status").GetString(), Is.EqualTo("AwaitingAuthorisation"));
        var fundsBody = await funds.Content.ReadAsStringAsync();
        PaymentSession.AssertConforms("OBWriteFundsConfirmationResponse1", fundsBody);
        Assert.That(JsonDocument.Parse(fundsBody).RootElement.GetProperty("Data").GetProperty("FundsAvailableResult").GetProperty("FundsAvailable").GetBoolean(), Is.True);
        Assert.That(submitted.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(payment.GetProperty("Status").GetString(), Is.EqualTo("Pending"));
        Assert.That(payment.GetProperty("ConsentId").GetString(), Is.EqualTo(consentId));
        Assert.That(payment.GetProperty("Debtor").GetProperty("Identification").GetString(), Is.EqualTo("60161331926819"));
        PaymentSession.AssertConforms("OBWriteDomesticResponse5", await read.Content.ReadAsStringAsync());
        PaymentSession.AssertConforms("OBWritePaymentDetailsResponse1", await details.Content.ReadAsStringAsync());
        Assert.That(JsonDocument.Parse(await consumed.Content.ReadAsStringAsync()).RootElement.GetProperty("Data").GetProperty("Status").GetString(), Is.EqualTo("Consumed"));
        Assert.That(s.Bank.State.Payments, Has.Count.EqualTo(1));
        Assert.That(s.Bank.State.PaymentConsents[consentId].Status, Is.EqualTo(PaymentConsentStatus.Consumed));
    }
}
