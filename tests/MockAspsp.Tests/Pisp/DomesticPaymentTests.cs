using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using MockAspsp.Domain;
using NUnit.Framework;
using static MockAspsp.Tests.Negative.BadRequestContext;

namespace MockAspsp.Tests.Pisp;

public class DomesticPaymentTests
{
    private const string Consents = "domestic-payment-consents";
    private const string Payments = "domestic-payments";

    [Test]
    public async Task A_domestic_payment_goes_from_consent_to_payment_and_consumes_its_consent()
    {
        await using var s = await PaymentSession.StartAsync();
        var body = PaymentBodies.Domestic();
        var clientToken = await s.ClientToken();

        var consentId = await s.Consent(Consents, body, clientToken);
        using var awaiting = await s.Get($"/{Consents}/{consentId}", clientToken);
        var token = await s.Authorise(consentId);
        using var funds = await s.Get($"/{Consents}/{consentId}/funds-confirmation", token);
        using var submitted = await s.Post($"/{Payments}", token, PaymentSession.Submission(consentId, body).ToJsonString());
        var payment = JsonDocument.Parse(await submitted.Content.ReadAsStringAsync()).RootElement.GetProperty("Data");
        var paymentId = payment.GetProperty("DomesticPaymentId").GetString()!;
        using var read = await s.Get($"/{Payments}/{paymentId}", clientToken);
        using var details = await s.Get($"/{Payments}/{paymentId}/payment-details", clientToken);
        using var consumed = await s.Get($"/{Consents}/{consentId}", clientToken);

        var awaitingBody = await awaiting.Content.ReadAsStringAsync();
        PaymentSession.AssertConforms("OBWriteDomesticConsentResponse5", awaitingBody);
        Assert.That(Data(awaitingBody).GetProperty("Status").GetString(), Is.EqualTo("AwaitingAuthorisation"));
        var fundsBody = await funds.Content.ReadAsStringAsync();
        PaymentSession.AssertConforms("OBWriteFundsConfirmationResponse1", fundsBody);
        Assert.That(Data(fundsBody).GetProperty("FundsAvailableResult").GetProperty("FundsAvailable").GetBoolean(), Is.True);
        Assert.That(submitted.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(payment.GetProperty("Status").GetString(), Is.EqualTo("Pending"));
        Assert.That(payment.GetProperty("ConsentId").GetString(), Is.EqualTo(consentId));
        Assert.That(payment.GetProperty("Debtor").GetProperty("Identification").GetString(), Is.EqualTo("60161331926819"));
        PaymentSession.AssertConforms("OBWriteDomesticResponse5", await read.Content.ReadAsStringAsync());
        PaymentSession.AssertConforms("OBWritePaymentDetailsResponse1", await details.Content.ReadAsStringAsync());
        Assert.That(Data(await consumed.Content.ReadAsStringAsync()).GetProperty("Status").GetString(), Is.EqualTo("Consumed"));
        Assert.That(s.Bank.State.Payments, Has.Count.EqualTo(1));
        Assert.That(s.Bank.State.PaymentConsents[consentId].Status, Is.EqualTo(PaymentConsentStatus.Consumed));
    }

    [Test]
    public async Task The_consent_echoes_the_initiation_and_risk_as_sent_and_answers_with_its_cut_off_and_expected_dates()
    {
        await using var s = await PaymentSession.StartAsync();
        var body = PaymentBodies.Domestic();

        using var response = await s.Post($"/{Consents}", await s.ClientToken(), body.ToJsonString());

        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.That(JsonNode.DeepEquals(document["Data"]!["Initiation"], body["Data"]!["Initiation"]), Is.True);
        Assert.That(JsonNode.DeepEquals(document["Risk"], body["Risk"]), Is.True);
        Assert.That(document["Data"]!["CutOffDateTime"]!.GetValue<string>(), Is.EqualTo("2026-11-23T16:00:00+00:00"));
        Assert.That(document["Data"]!["ExpectedExecutionDateTime"]!.GetValue<string>(), Is.EqualTo("2026-11-23T12:00:00+00:00"));
        Assert.That(document["Links"]!["Self"]!.GetValue<string>(), Does.EndWith($"/open-banking/v3.1/pisp/{Consents}/{document["Data"]!["ConsentId"]}"));
    }

    [Test]
    public async Task A_second_submission_with_a_new_key_is_refused_because_the_consent_is_consumed()
    {
        await using var s = await PaymentSession.StartAsync();
        var body = PaymentBodies.Domestic();
        var (consentId, token, first) = await s.Pay(Consents, Payments, body);
        first.Dispose();
        s.Context.Mark();

        using var second = await s.Post($"/{Payments}", token, PaymentSession.Submission(consentId, body).ToJsonString());

        Assert.That((int)second.StatusCode, Is.EqualTo(400));
        Assert.That(PaymentSession.Error(await second.Content.ReadAsStringAsync()).Code, Is.EqualTo("UK.OBIE.Resource.InvalidConsentStatus"));
        Assert.That(s.Bank.State, Is.SameAs(s.Context.Marked));
        Assert.That(s.Bank.State.Payments, Has.Count.EqualTo(1));
    }

    [TestCase("Data.Initiation.InstructedAmount.Amount", "165.89", "Data.Initiation")]
    [TestCase("Data.Initiation.CreditorAccount.Name", "Someone Else", "Data.Initiation")]
    [TestCase("Data.Initiation.RemittanceInformation.Reference", "FRESCO-102", "Data.Initiation")]
    [TestCase("Risk.PaymentContextCode", "TransferToThirdParty", "Risk")]
    public async Task A_submission_that_is_not_what_the_PSU_authorised_is_a_consent_mismatch(string path, string value, string reported)
    {
        await using var s = await PaymentSession.StartAsync();
        var body = PaymentBodies.Domestic();
        var consentId = await s.Consent(Consents, body);
        var token = await s.Authorise(consentId);
        var changed = PaymentSession.Submission(consentId, body);
        changed.With(path.Replace("Data.Initiation", "Data.Initiation", StringComparison.Ordinal), value);
        s.Context.Mark();

        using var response = await s.Post($"/{Payments}", token, changed.ToJsonString());

        var (code, errorPath) = PaymentSession.Error(await response.Content.ReadAsStringAsync());
        Assert.That((int)response.StatusCode, Is.EqualTo(400));
        Assert.That(code, Is.EqualTo("UK.OBIE.Resource.ConsentMismatch"));
        Assert.That(errorPath, Is.EqualTo(reported));
        Assert.That(s.Bank.State, Is.SameAs(s.Context.Marked));
    }

    [Test]
    public async Task A_submission_with_the_same_initiation_in_another_member_order_and_spacing_is_accepted()
    {
        await using var s = await PaymentSession.StartAsync();
        var body = PaymentBodies.Domestic();
        var consentId = await s.Consent(Consents, body);
        var token = await s.Authorise(consentId);
        var initiation = (JsonObject)body["Data"]!["Initiation"]!;
        var reordered = new JsonObject(initiation.Reverse().Select(m => KeyValuePair.Create(m.Key, m.Value?.DeepClone())));
        var submission = $$"""
            {
              "Risk" : {{body["Risk"]!.ToJsonString()}},
              "Data" : { "Initiation" : {{reordered.ToJsonString()}}, "ConsentId" : "{{consentId}}" }
            }
            """;

        using var response = await s.Post($"/{Payments}", token, submission);

        Assert.That((int)response.StatusCode, Is.EqualTo(201), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task The_headless_approval_shows_payee_amount_reference_charges_and_the_account_that_pays()
    {
        await using var s = await PaymentSession.StartAsync();
        var body = PaymentBodies.Domestic().With("Data.Initiation.LocalInstrument", "UK.OBIE.CHAPS");
        var consentId = await s.Consent(Consents, body);

        using var approval = await s.Approve(consentId, accounts: ["1002"]);

        var payment = JsonNode.Parse(await approval.Content.ReadAsStringAsync())!["payment"]!;
        Assert.That(payment["payee"]!.GetValue<string>(), Is.EqualTo("ACME Inc"));
        Assert.That(payment["amount"]!.GetValue<string>(), Is.EqualTo("165.88"));
        Assert.That(payment["currency"]!.GetValue<string>(), Is.EqualTo("GBP"));
        Assert.That(payment["reference"]!.GetValue<string>(), Is.EqualTo("FRESCO-101"));
        Assert.That(payment["charges"]![0]!["type"]!.GetValue<string>(), Is.EqualTo("UK.OBIE.CHAPSOut"));
        Assert.That(payment["charges"]![0]!["amount"]!.GetValue<string>(), Is.EqualTo("15.00"));
        Assert.That(payment["debtor_account"]!.GetValue<string>(), Is.EqualTo("1002"));
        Assert.That(s.Bank.State.PaymentConsents[consentId].DebtorAccountId, Is.EqualTo("1002"));
    }

    [Test]
    public async Task The_browser_page_shows_the_payment_and_offers_only_accounts_in_its_currency_to_pay_from()
    {
        await using var s = await PaymentSession.StartAsync();
        var consentId = await s.Consent(Consents, PaymentBodies.Domestic());
        using var browser = s.Bank.Http(null);

        var loginPage = await browser.GetStringAsync(new Uri(s.ConsentUrl(consentId)).PathAndQuery);
        var session = System.Text.RegularExpressions.Regex.Match(loginPage, "name=\"session\" value=\"([^\"]+)\"").Groups[1].Value;
        var accountsPage = await (await browser.PostAsync("/authorize/login",
            new FormUrlEncodedContent(Fields(("session", session), ("username", "amelia"), ("password", "amelia-pass"))))).Content.ReadAsStringAsync();
        using var decision = await s.Bank.Server.CreateClient().PostAsync($"{MockAspsp.TestSupport.TestBank.Issuer}/authorize/decision",
            new FormUrlEncodedContent(Fields(("session", session), ("accounts", "1004"), ("decision", "approve"))));

        Assert.That(loginPage, Does.Contain("asks to make a payment").And.Contain("ACME Inc").And.Contain("165.88 GBP").And.Contain("FRESCO-101"));
        Assert.That(accountsPage, Does.Contain("type=\"radio\"").And.Contain("value=\"1001\"").And.Contain("value=\"1004\"").And.Not.Contain("value=\"1003\""));
        Assert.That(accountsPage, Does.Contain("<dt>Charges</dt><dd>none</dd>"));
        Assert.That(decision.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(s.Bank.State.PaymentConsents[consentId].DebtorAccountId, Is.EqualTo("1004"));
    }

    [Test]
    public async Task A_consent_that_names_its_debtor_account_is_paid_from_it_and_only_its_holder_can_approve_it()
    {
        await using var s = await PaymentSession.StartAsync();
        var body = PaymentBodies.Domestic().With("Data.Initiation.DebtorAccount", new JsonObject
        {
            ["SchemeName"] = "UK.OBIE.SortCodeAccountNumber", ["Identification"] = "60161331926827", ["Name"] = "Amelia Clarke",
        });
        var consentId = await s.Consent(Consents, body);

        using var oliver = await s.Approve(consentId, "oliver");
        var token = await s.Authorise(consentId, "amelia");

        Assert.That((int)oliver.StatusCode, Is.EqualTo(400));
        Assert.That(JsonDocument.Parse(await oliver.Content.ReadAsStringAsync()).RootElement.GetProperty("error_description").GetString(),
            Does.Contain("not one of this customer's accounts"));
        Assert.That(s.Bank.State.PaymentConsents[consentId].DebtorAccountId, Is.EqualTo("1002"));
        Assert.That(token, Is.Not.Empty);
    }

    [Test]
    public async Task Funds_confirmation_says_no_when_the_available_balance_is_short_and_the_payment_is_then_rejected()
    {
        await using var s = await PaymentSession.StartAsync();
        var body = PaymentBodies.Domestic("99999.00");
        var consentId = await s.Consent(Consents, body);
        var token = await s.Authorise(consentId);
        var clientToken = await s.ClientToken();

        using var funds = await s.Get($"/{Consents}/{consentId}/funds-confirmation", token);
        using var submitted = await s.Post($"/{Payments}", token, PaymentSession.Submission(consentId, body).ToJsonString());
        var paymentId = Data(await submitted.Content.ReadAsStringAsync()).GetProperty("DomesticPaymentId").GetString();
        s.Bank.Time.Advance(TimeSpan.FromSeconds(30));
        using var read = await s.Get($"/{Payments}/{paymentId}", clientToken);
        using var details = await s.Get($"/{Payments}/{paymentId}/payment-details", clientToken);

        Assert.That(Data(await funds.Content.ReadAsStringAsync()).GetProperty("FundsAvailableResult").GetProperty("FundsAvailable").GetBoolean(), Is.False);
        Assert.That(Data(await read.Content.ReadAsStringAsync()).GetProperty("Status").GetString(), Is.EqualTo("Rejected"));
        var history = Data(await details.Content.ReadAsStringAsync()).GetProperty("PaymentStatus");
        Assert.That(history.EnumerateArray().Select(h => h.GetProperty("Status").GetString()), Is.EqualTo(new[] { "Pending", "Rejected" }));
        Assert.That(history[1].GetProperty("StatusDetail").GetProperty("StatusReason").GetString(), Is.EqualTo("ProprietaryRejection"));
    }

    [Test]
    public async Task A_payment_submitted_after_the_consents_cut_off_is_refused()
    {
        await using var s = await PaymentSession.StartAsync(o => o with { CutOffTimeUtc = new TimeSpan(12, 30, 0) });
        var body = PaymentBodies.Domestic();
        var consentId = await s.Consent(Consents, body);
        var token = await s.Authorise(consentId);
        s.Bank.Time.Advance(TimeSpan.FromMinutes(30) + TimeSpan.FromSeconds(1));
        s.Context.Mark();

        using var response = await s.Post($"/{Payments}", token, PaymentSession.Submission(consentId, body).ToJsonString());

        Assert.That((int)response.StatusCode, Is.EqualTo(400));
        Assert.That(PaymentSession.Error(await response.Content.ReadAsStringAsync()).Code, Is.EqualTo("UK.OBIE.Rules.AfterCutOffDateTime"));
        Assert.That(s.Bank.State, Is.SameAs(s.Context.Marked));
    }

    private static JsonElement Data(string body) => JsonDocument.Parse(body).RootElement.GetProperty("Data");
}
