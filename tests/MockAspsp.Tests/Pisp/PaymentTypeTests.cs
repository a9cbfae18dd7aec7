using System.Text.Json;
using System.Text.Json.Nodes;
using MockAspsp.Tests.Behaviour;
using NUnit.Framework;
using OpenBanking.Core.Consents;
using OpenBanking.Core.Protocol;

namespace MockAspsp.Tests.Pisp;

public class PaymentTypeTests
{
    /// <summary>Each payment type: its paths, a good consent, its schemas, its payment id member.</summary>
    public static IEnumerable<TestCaseData> Types()
    {
        yield return Type("domestic-scheduled-payment-consents", "domestic-scheduled-payments", () => PaymentBodies.DomesticScheduled(), "OBWriteDomesticScheduledConsentResponse5", "OBWriteDomesticScheduledResponse5", "DomesticScheduledPaymentId", "InitiationPending");
        yield return Type("domestic-standing-order-consents", "domestic-standing-orders", () => PaymentBodies.DomesticStandingOrder(), "OBWriteDomesticStandingOrderConsentResponse6", "OBWriteDomesticStandingOrderResponse6", "DomesticStandingOrderId", "InitiationPending");
        yield return Type("international-payment-consents", "international-payments", () => PaymentBodies.International(), "OBWriteInternationalConsentResponse6", "OBWriteInternationalResponse5", "InternationalPaymentId", "Pending");
        yield return Type("international-scheduled-payment-consents", "international-scheduled-payments", PaymentBodies.InternationalScheduled, "OBWriteInternationalScheduledConsentResponse6", "OBWriteInternationalScheduledResponse6", "InternationalScheduledPaymentId", "InitiationPending");
        yield return Type("international-standing-order-consents", "international-standing-orders", PaymentBodies.InternationalStandingOrder, "OBWriteInternationalStandingOrderConsentResponse7", "OBWriteInternationalStandingOrderResponse7", "InternationalStandingOrderId", "InitiationPending");
    }

    private static TestCaseData Type(string consents, string payments, Func<JsonObject> body, string consentSchema, string paymentSchema, string idName, string firstStatus) =>
        new TestCaseData(consents, payments, body, consentSchema, paymentSchema, idName, firstStatus).SetArgDisplayNames(payments);

    [TestCaseSource(nameof(Types))]
    public async Task Every_payment_type_goes_from_consent_to_payment_with_answers_the_spec_allows(
        string consents, string payments, Func<JsonObject> body, string consentSchema, string paymentSchema, string idName, string firstStatus)
    {
        await using var s = await PaymentSession.StartAsync();
        var consent = body();
        var clientToken = await s.ClientToken();

        var consentId = await s.Consent(consents, consent, clientToken);
        var token = await s.Authorise(consentId);
        using var authorised = await s.Get($"/{consents}/{consentId}", clientToken);
        using var submitted = await s.Post($"/{payments}", token, PaymentSession.Submission(consentId, consent).ToJsonString());
        var created = await submitted.Content.ReadAsStringAsync();
        var paymentId = JsonDocument.Parse(created).RootElement.GetProperty("Data").GetProperty(idName).GetString();
        s.Bank.Time.Advance(TimeSpan.FromSeconds(3));
        using var read = await s.Get($"/{payments}/{paymentId}", clientToken);
        using var details = await s.Get($"/{payments}/{paymentId}/payment-details", clientToken);

        var authorisedBody = await authorised.Content.ReadAsStringAsync();
        PaymentSession.AssertConforms(consentSchema, authorisedBody);
        Assert.That(JsonDocument.Parse(authorisedBody).RootElement.GetProperty("Data").GetProperty("Status").GetString(), Is.EqualTo("Authorised"));
        Assert.That((int)submitted.StatusCode, Is.EqualTo(201), created);
        PaymentSession.AssertConforms(paymentSchema, created);
        Assert.That(JsonDocument.Parse(created).RootElement.GetProperty("Data").GetProperty("Status").GetString(), Is.EqualTo(firstStatus));
        var readBody = await read.Content.ReadAsStringAsync();
        PaymentSession.AssertConforms(paymentSchema, readBody);
        Assert.That(JsonDocument.Parse(readBody).RootElement.GetProperty("Data").GetProperty("Status").GetString(),
            Is.EqualTo(firstStatus == "Pending" ? "AcceptedSettlementInProcess" : "InitiationCompleted"));
        PaymentSession.AssertConforms("OBWritePaymentDetailsResponse1", await details.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task An_international_payment_is_quoted_from_the_rate_table_and_debits_the_converted_amount()
    {
        await using var s = await PaymentSession.StartAsync();
        var body = PaymentBodies.International("116.50", "EUR");

        var (consentId, _, submitted) = await s.Pay("international-payment-consents", "international-payments", body);
        using var consent = await s.Get($"/international-payment-consents/{consentId}", await s.ClientToken());

        var quote = JsonDocument.Parse(await consent.Content.ReadAsStringAsync()).RootElement.GetProperty("Data").GetProperty("ExchangeRateInformation");
        Assert.That(quote.GetProperty("RateType").GetString(), Is.EqualTo("Indicative"));
        Assert.That(quote.GetProperty("UnitCurrency").GetString(), Is.EqualTo("GBP"));
        Assert.That(quote.GetProperty("ExchangeRate").GetDecimal(), Is.EqualTo(1.1650m));
        Assert.That((int)submitted.StatusCode, Is.EqualTo(201));
        Assert.That(s.Bank.State.Payments.Values.Single().DebitAmount, Is.EqualTo(100.00m), "116.50 EUR at 1.1650 EUR per GBP from a GBP account");
        Assert.That(s.Bank.State.Payments.Values.Single().DebitCurrency, Is.EqualTo("GBP"));
    }

    [TestCase("Agreed", 1.2, "CONTRACT-42", 1.2)]
    [TestCase("Actual", null, null, 1.165)]
    [TestCase("Indicative", null, null, 1.165)]
    public async Task An_international_consent_answers_with_the_rate_its_rate_type_asks_for(string rateType, double? rate, string? contract, double expected)
    {
        await using var s = await PaymentSession.StartAsync();
        var information = new JsonObject { ["UnitCurrency"] = "GBP", ["RateType"] = rateType };
        if (rate is not null)
        {
            information["ExchangeRate"] = rate;
            information["ContractIdentification"] = contract;
        }

        using var response = await s.Post("/international-payment-consents", await s.ClientToken(), PaymentBodies.International("100.00", "GBP", information).ToJsonString());

        var body = await response.Content.ReadAsStringAsync();
        PaymentSession.AssertConforms("OBWriteInternationalConsentResponse6", body);
        var quote = JsonDocument.Parse(body).RootElement.GetProperty("Data").GetProperty("ExchangeRateInformation");
        Assert.That(quote.GetProperty("ExchangeRate").GetDecimal(), Is.EqualTo((decimal)expected));
        Assert.That(quote.GetProperty("RateType").GetString(), Is.EqualTo(rateType));
        Assert.That(quote.TryGetProperty("ExpirationDateTime", out _), Is.EqualTo(rateType == "Actual"));
        Assert.That(quote.TryGetProperty("ContractIdentification", out _), Is.EqualTo(rateType == "Agreed"));
    }

    [Test]
    public async Task International_funds_confirmation_compares_the_converted_amount_with_the_available_balance()
    {
        await using var s = await PaymentSession.StartAsync();
        var consentId = await s.Consent("international-scheduled-payment-consents", PaymentBodies.InternationalScheduled());
        var token = await s.Authorise(consentId, "oliver");

        using var funds = await s.Get($"/international-scheduled-payment-consents/{consentId}/funds-confirmation", token);

        var body = await funds.Content.ReadAsStringAsync();
        PaymentSession.AssertConforms("OBWriteFundsConfirmationResponse1", body);
        Assert.That(JsonDocument.Parse(body).RootElement.GetProperty("Data").GetProperty("FundsAvailableResult").GetProperty("FundsAvailable").GetBoolean(), Is.True);
    }

    [Test]
    public async Task Scheduled_payments_and_standing_orders_appear_in_the_account_API_and_a_scheduled_payment_executes_on_its_date()
    {
        await using var s = await PaymentSession.StartAsync(o => o with { AccessTokenLifetimeSeconds = 3 * 24 * 3600 });
        var (_, accounts) = await s.Context.Authorised("amelia", new AccountAccessConsentRequest(
            [ObPermission.ReadAccountsDetail, ObPermission.ReadScheduledPaymentsDetail, ObPermission.ReadStandingOrdersDetail, ObPermission.ReadTransactionsDetail, ObPermission.ReadTransactionsDebits],
            ExpirationDateTime: s.Bank.Time.GetUtcNow().AddDays(30)));
        var (_, _, scheduled) = await s.Pay("domestic-scheduled-payment-consents", "domestic-scheduled-payments", PaymentBodies.DomesticScheduled());
        var (_, _, standing) = await s.Pay("domestic-standing-order-consents", "domestic-standing-orders", PaymentBodies.DomesticStandingOrder());
        var scheduledId = JsonDocument.Parse(await scheduled.Content.ReadAsStringAsync()).RootElement.GetProperty("Data").GetProperty("DomesticScheduledPaymentId").GetString();
        var standingId = JsonDocument.Parse(await standing.Content.ReadAsStringAsync()).RootElement.GetProperty("Data").GetProperty("DomesticStandingOrderId").GetString();

        var scheduledBefore = await Consented.Json(s.Context, "/accounts/1001/scheduled-payments", accounts.AccessToken, "OBReadScheduledPayment3");
        var orders = await Consented.Json(s.Context, "/accounts/1001/standing-orders", accounts.AccessToken, "OBReadStandingOrder6");
        var debitsBefore = await Consented.Json(s.Context, "/accounts/1001/transactions", accounts.AccessToken, "OBReadTransaction6");
        s.Bank.Time.Advance(TimeSpan.FromDays(1) + TimeSpan.FromSeconds(10));
        var scheduledAfter = await Consented.Json(s.Context, "/accounts/1001/scheduled-payments", accounts.AccessToken, "OBReadScheduledPayment3");
        var debitsAfter = await Consented.Json(s.Context, "/accounts/1001/transactions", accounts.AccessToken, "OBReadTransaction6");

        static IEnumerable<string?> Ids(JsonElement root, string list, string id) =>
            root.GetProperty("Data").GetProperty(list).EnumerateArray().Select(i => i.GetProperty(id).GetString());
        Assert.That(Ids(scheduledBefore, "ScheduledPayment", "ScheduledPaymentId"), Does.Contain(scheduledId));
        Assert.That(Ids(orders, "StandingOrder", "StandingOrderId"), Does.Contain(standingId));
        Assert.That(Ids(debitsBefore, "Transaction", "TransactionId"), Does.Not.Contain(scheduledId));
        Assert.That(Ids(scheduledAfter, "ScheduledPayment", "ScheduledPaymentId"), Does.Not.Contain(scheduledId));
        Assert.That(Ids(debitsAfter, "Transaction", "TransactionId"), Does.Contain(scheduledId).And.Contain(standingId));
    }
}
