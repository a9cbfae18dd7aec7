using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MockAspsp.Features.Pisp;
using MockAspsp.Hosting;
using MockAspsp.Tests.Behaviour;
using NUnit.Framework;
using OpenBanking.Core.Consents;
using OpenBanking.Core.Protocol;
using static MockAspsp.TestSupport.TestBank;

namespace MockAspsp.Tests.Pisp;

/// <summary>Scheduled payments and standing orders execute on the bank's clock, each payment judged against the balance when it falls due.</summary>
public class ScheduledExecutionTests
{
    private const string StandingOrders = "domestic-standing-orders";

    [Test]
    public async Task A_standing_order_of_three_payments_books_exactly_three_debits_over_three_months_as_its_next_payment_date_moves_on()
    {
        await using var s = await PaymentSession.StartAsync(LongLivedTokens);
        var accounts = await AccountsToken(s);
        var (_, _, submitted) = await s.Pay("domestic-standing-order-consents", StandingOrders, ThreeMonthly("20.00", "30.00", "40.00"));
        var orderId = await Id(submitted, "DomesticStandingOrderId");

        var seen = new List<string>();
        foreach (var at in new[] { Start, Noon(2026, 11, 25), Noon(2026, 12, 16), Noon(2027, 1, 16), Noon(2027, 3, 1) })
        {
            AdvanceTo(s, at);
            var order = await StandingOrder(s, accounts, orderId);
            var debits = (await Debits(s, accounts)).Count(t => t.GetProperty("TransactionId").GetString()!.StartsWith(orderId, StringComparison.Ordinal));
            seen.Add($"{(order.TryGetProperty("NextPaymentDateTime", out var next) ? next.GetString() : "none")} {order.GetProperty("StandingOrderStatusCode").GetString()} {debits}");
        }

        var booked = (await Debits(s, accounts)).Where(t => t.GetProperty("TransactionId").GetString()!.StartsWith(orderId, StringComparison.Ordinal))
            .Select(t => (t.GetProperty("TransactionId").GetString(), t.GetProperty("Amount").GetProperty("Amount").GetString(), t.GetProperty("Status").GetString(), t.GetProperty("BookingDateTime").GetString()));
        Assert.That(seen, Is.EqualTo(new[]
        {
            "2026-11-24T12:00:00+00:00 Active 0",
            "2026-12-15T12:00:00+00:00 Active 1",
            "2027-01-15T12:00:00+00:00 Active 2",
            "none Inactive 3",
            "none Inactive 3",
        }));
        Assert.That(booked, Is.EquivalentTo(new[]
        {
            (orderId, "20.00", "Booked", "2026-11-24T12:00:08+00:00"),
            ($"{orderId}-2", "30.00", "Booked", "2026-12-15T12:00:08+00:00"),
            ($"{orderId}-3", "40.00", "Booked", "2027-01-15T12:00:08+00:00"),
        }));
    }

    [Test]
    public async Task A_standing_orders_payments_lower_the_balances_and_show_in_its_payment_details_and_as_its_last_payment()
    {
        await using var s = await PaymentSession.StartAsync(LongLivedTokens);
        var accounts = await AccountsToken(s);
        var before = Available(s);
        var (_, _, submitted) = await s.Pay("domestic-standing-order-consents", StandingOrders, ThreeMonthly("20.00", "30.00", "40.00"));
        var orderId = await Id(submitted, "DomesticStandingOrderId");

        AdvanceTo(s, Noon(2026, 12, 16));
        var order = await StandingOrder(s, accounts, orderId);
        var details = await Details(s, StandingOrders, orderId);

        Assert.That(Available(s), Is.EqualTo(before - 50.00m));
        Assert.That(order.GetProperty("LastPaymentDateTime").GetString(), Is.EqualTo("2026-12-15T12:00:00+00:00"));
        Assert.That(order.GetProperty("LastPaymentAmount").GetProperty("Amount").GetString(), Is.EqualTo("30.00"));
        Assert.That(order.GetProperty("NextPaymentAmount").GetProperty("Amount").GetString(), Is.EqualTo("40.00"));
        Assert.That(details, Is.EqualTo(new[]
        {
            $"{orderId} Pending 2026-11-23T12:00:00+00:00",
            $"{orderId} AcceptedSettlementInProcess 2026-11-24T12:00:00+00:00",
            $"{orderId} AcceptedSettlementCompleted 2026-11-24T12:00:08+00:00",
            $"{orderId}-2 AcceptedSettlementInProcess 2026-12-15T12:00:00+00:00",
            $"{orderId}-2 AcceptedSettlementCompleted 2026-12-15T12:00:08+00:00",
        }));
    }

    [Test]
    public async Task A_standing_order_payment_the_balance_cannot_cover_is_not_booked_is_reported_and_the_order_goes_on()
    {
        await using var s = await PaymentSession.StartAsync(LongLivedTokens);
        var accounts = await AccountsToken(s);
        var (_, _, submitted) = await s.Pay("domestic-standing-order-consents", StandingOrders, ThreeMonthly("20.00", "500.00", "10.00"));
        var orderId = await Id(submitted, "DomesticStandingOrderId");
        AdvanceTo(s, Noon(2026, 11, 25));
        await LeaveAvailable(s, 100.00m);

        AdvanceTo(s, Noon(2027, 1, 16));
        var debits = (await Debits(s, accounts)).Select(t => t.GetProperty("TransactionId").GetString()).Where(id => id!.StartsWith(orderId, StringComparison.Ordinal));
        var details = await DetailsDocument(s, StandingOrders, orderId);
        var order = await StandingOrder(s, accounts, orderId);

        Assert.That(debits, Is.EquivalentTo(new[] { orderId, $"{orderId}-3" }));
        Assert.That(Available(s), Is.EqualTo(90.00m));
        var second = details.Where(d => d.GetProperty("PaymentTransactionId").GetString() == $"{orderId}-2").ToList();
        Assert.That(second.Select(d => d.GetProperty("Status").GetString()), Is.EqualTo(new[] { "Rejected" }));
        Assert.That(second[0].GetProperty("StatusUpdateDateTime").GetString(), Is.EqualTo("2026-12-15T12:00:00+00:00"));
        Assert.That(second[0].GetProperty("StatusDetail").GetProperty("StatusReasonDescription").GetString(),
            Is.EqualTo("The debtor account's available balance did not cover payment 2 of the standing order, due 2026-12-15T12:00:00+00:00; it was not paid, and the order goes on."));
        Assert.That(order.GetProperty("LastPaymentDateTime").GetString(), Is.EqualTo("2027-01-15T12:00:00+00:00"));
        Assert.That(order.GetProperty("StandingOrderStatusCode").GetString(), Is.EqualTo("Inactive"));
    }

    [Test]
    public async Task An_international_standing_order_pays_its_instructed_amount_every_working_day_converted_from_pounds()
    {
        await using var s = await PaymentSession.StartAsync(LongLivedTokens);
        var accounts = await AccountsToken(s);
        var (_, _, submitted) = await s.Pay("international-standing-order-consents", "international-standing-orders", PaymentBodies.InternationalStandingOrder());
        var orderId = await Id(submitted, "InternationalStandingOrderId");

        AdvanceTo(s, Noon(2026, 11, 30).AddHours(1));
        var debits = (await Debits(s, accounts)).Where(t => t.GetProperty("TransactionId").GetString()!.StartsWith(orderId, StringComparison.Ordinal))
            .Select(t => $"{t.GetProperty("BookingDateTime").GetString()![..10]} {t.GetProperty("Amount").GetProperty("Amount").GetString()} {t.GetProperty("Amount").GetProperty("Currency").GetString()}");
        var order = await StandingOrder(s, accounts, orderId);

        Assert.That(debits, Is.EquivalentTo(new[] { "2026-11-24 8.58 GBP", "2026-11-25 8.58 GBP", "2026-11-26 8.58 GBP", "2026-11-27 8.58 GBP", "2026-11-30 8.58 GBP" }),
            "10.00 EUR at 1.1650 EUR per GBP, Tuesday to Friday and then Monday");
        Assert.That(order.GetProperty("NextPaymentDateTime").GetString(), Is.EqualTo("2026-12-01T12:00:00+00:00"));
        Assert.That(order.GetProperty("NextPaymentAmount").GetProperty("Amount").GetString(), Is.EqualTo("10.00"));
    }

    [TestCase("domestic")]
    [TestCase("international")]
    public async Task A_scheduled_payment_is_not_a_debit_the_day_before_its_date_and_is_the_day_after(string type)
    {
        await using var s = await PaymentSession.StartAsync(LongLivedTokens);
        var accounts = await AccountsToken(s);
        var date = Noon(2026, 11, 26);
        var (consents, payments, idName, body) = Scheduled(type, date);
        var before = Available(s);
        var (_, _, submitted) = await s.Pay(consents, payments, body);
        var paymentId = await Id(submitted, idName);
        var debit = s.Bank.State.Payments[paymentId].DebitAmount;

        AdvanceTo(s, date.AddDays(-1));
        var dayBefore = (await Debits(s, accounts)).Select(t => t.GetProperty("TransactionId").GetString()).ToList();
        var listedBefore = await ScheduledIds(s, accounts);
        var availableBefore = Available(s);
        AdvanceTo(s, date.AddDays(1));
        var dayAfter = (await Debits(s, accounts)).Where(t => t.GetProperty("TransactionId").GetString() == paymentId).ToList();
        var listedAfter = await ScheduledIds(s, accounts);
        var details = await Details(s, payments, paymentId);

        Assert.That(dayBefore, Does.Not.Contain(paymentId));
        Assert.That(listedBefore, Does.Contain(paymentId));
        Assert.That(availableBefore, Is.EqualTo(before));
        Assert.That(dayAfter.Select(t => t.GetProperty("Status").GetString()), Is.EqualTo(new[] { "Booked" }));
        Assert.That(listedAfter, Does.Not.Contain(paymentId));
        Assert.That(Available(s), Is.EqualTo(before - debit));
        Assert.That(details, Is.EqualTo(new[]
        {
            $"{paymentId} Pending 2026-11-23T12:00:00+00:00",
            $"{paymentId} AcceptedSettlementInProcess 2026-11-26T12:00:00+00:00",
            $"{paymentId} AcceptedSettlementCompleted 2026-11-26T12:00:08+00:00",
        }));
    }

    [Test]
    public async Task A_scheduled_payment_the_balance_no_longer_covers_on_its_date_is_not_booked_and_its_payment_details_say_why()
    {
        await using var s = await PaymentSession.StartAsync(LongLivedTokens);
        var accounts = await AccountsToken(s);
        var date = Noon(2026, 11, 26);
        var (consents, payments, idName, body) = Scheduled("domestic", date, "100.00");
        var (_, _, submitted) = await s.Pay(consents, payments, body);
        var paymentId = await Id(submitted, idName);
        await LeaveAvailable(s, 50.00m);

        AdvanceTo(s, date.AddDays(1));
        var debits = (await Debits(s, accounts)).Select(t => t.GetProperty("TransactionId").GetString()).ToList();
        var listed = await ScheduledIds(s, accounts);
        var details = await DetailsDocument(s, payments, paymentId);
        using var read = await s.Get($"/{payments}/{paymentId}", await s.ClientToken());

        Assert.That(debits, Does.Not.Contain(paymentId));
        Assert.That(listed, Does.Not.Contain(paymentId));
        Assert.That(Available(s), Is.EqualTo(50.00m));
        Assert.That(details[^1].GetProperty("Status").GetString(), Is.EqualTo("Rejected"));
        Assert.That(details[^1].GetProperty("StatusUpdateDateTime").GetString(), Is.EqualTo("2026-11-26T12:00:00+00:00"));
        Assert.That(details[^1].GetProperty("StatusDetail").GetProperty("StatusReasonDescription").GetString(),
            Is.EqualTo("The debtor account's available balance did not cover the payment on its execution date, 2026-11-26T12:00:00+00:00; it was not paid."));
        Assert.That(JsonDocument.Parse(await read.Content.ReadAsStringAsync()).RootElement.GetProperty("Data").GetProperty("Status").GetString(), Is.EqualTo("InitiationCompleted"),
            "the order was initiated; what became of its money is in payment-details");
    }

    private static MockAspspOptions LongLivedTokens(MockAspspOptions options) => options with { AccessTokenLifetimeSeconds = 200 * 24 * 3600 };

    private static DateTimeOffset Noon(int year, int month, int day) => new(year, month, day, 12, 0, 0, TimeSpan.Zero);

    private static void AdvanceTo(PaymentSession s, DateTimeOffset at) => s.Bank.Time.Advance(at - s.Bank.Time.GetUtcNow());

    private static decimal Available(PaymentSession s) => Ledger.Available(s.Bank.State, "1001", s.Bank.Time.GetUtcNow(), s.Bank.Bank.Options);

    /// <summary>A monthly standing order from 1001 on the 15th, first paid tomorrow, three payments in all.</summary>
    private static JsonObject ThreeMonthly(string first, string recurring, string final) =>
        PaymentBodies.DomesticStandingOrder("IntrvlMnthDay:01:15")
            .With("Data.Initiation.NumberOfPayments", "3")
            .With("Data.Initiation.FirstPaymentAmount", PaymentBodies.Money(first))
            .With("Data.Initiation.RecurringPaymentAmount", PaymentBodies.Money(recurring))
            .With("Data.Initiation.FinalPaymentAmount", PaymentBodies.Money(final));

    private static (string Consents, string Payments, string IdName, JsonObject Body) Scheduled(string type, DateTimeOffset date, string amount = "50.00") => type == "domestic"
        ? ("domestic-scheduled-payment-consents", "domestic-scheduled-payments", "DomesticScheduledPaymentId",
            PaymentBodies.DomesticScheduled(amount).With("Data.Initiation.RequestedExecutionDateTime", PaymentBodies.Date(date)))
        : ("international-scheduled-payment-consents", "international-scheduled-payments", "InternationalScheduledPaymentId",
            PaymentBodies.InternationalScheduled().With("Data.Initiation.RequestedExecutionDateTime", PaymentBodies.Date(date)));

    /// <summary>An immediate payment from 1001 that leaves it <paramref name="left"/> available.</summary>
    private static async Task LeaveAvailable(PaymentSession s, decimal left)
    {
        var amount = (Available(s) - left).ToString("0.00", CultureInfo.InvariantCulture);
        var (_, _, paid) = await s.Pay("domestic-payment-consents", "domestic-payments", PaymentBodies.Domestic(amount));
        Assert.That((int)paid.StatusCode, Is.EqualTo(201), await paid.Content.ReadAsStringAsync());
        Assert.That(Available(s), Is.EqualTo(left));
    }

    private static async Task<string> AccountsToken(PaymentSession s)
    {
        var (_, grant) = await s.Context.Authorised("amelia", new AccountAccessConsentRequest(
            [ObPermission.ReadAccountsDetail, ObPermission.ReadTransactionsDetail, ObPermission.ReadTransactionsDebits,
             ObPermission.ReadStandingOrdersDetail, ObPermission.ReadScheduledPaymentsDetail],
            ExpirationDateTime: s.Bank.Time.GetUtcNow().AddDays(200)));
        return grant.AccessToken;
    }

    private static async Task<string> Id(HttpResponseMessage submitted, string idName)
    {
        var body = await submitted.Content.ReadAsStringAsync();
        Assert.That((int)submitted.StatusCode, Is.EqualTo(201), body);
        return JsonDocument.Parse(body).RootElement.GetProperty("Data").GetProperty(idName).GetString()!;
    }

    private static async Task<List<JsonElement>> Debits(PaymentSession s, string token)
    {
        var root = await Consented.Json(s.Context, "/accounts/1001/transactions?fromBookingDateTime=2026-11-23T00:00:00", token, "OBReadTransaction6");
        return [.. root.GetProperty("Data").GetProperty("Transaction").EnumerateArray().Where(t => t.GetProperty("CreditDebitIndicator").GetString() == "Debit")];
    }

    private static async Task<JsonElement> StandingOrder(PaymentSession s, string token, string orderId)
    {
        var root = await Consented.Json(s.Context, "/accounts/1001/standing-orders", token, "OBReadStandingOrder6");
        return root.GetProperty("Data").GetProperty("StandingOrder").EnumerateArray().Single(o => o.GetProperty("StandingOrderId").GetString() == orderId);
    }

    private static async Task<List<string?>> ScheduledIds(PaymentSession s, string token)
    {
        var root = await Consented.Json(s.Context, "/accounts/1001/scheduled-payments", token, "OBReadScheduledPayment3");
        return [.. root.GetProperty("Data").GetProperty("ScheduledPayment").EnumerateArray().Select(p => p.GetProperty("ScheduledPaymentId").GetString())];
    }

    private static async Task<List<JsonElement>> DetailsDocument(PaymentSession s, string payments, string paymentId)
    {
        using var response = await s.Get($"/{payments}/{paymentId}/payment-details", await s.ClientToken());
        var body = await response.Content.ReadAsStringAsync();
        PaymentSession.AssertConforms("OBWritePaymentDetailsResponse1", body);
        return [.. JsonDocument.Parse(body).RootElement.GetProperty("Data").GetProperty("PaymentStatus").EnumerateArray()];
    }

    private static async Task<List<string>> Details(PaymentSession s, string payments, string paymentId) =>
        [.. (await DetailsDocument(s, payments, paymentId)).Select(d =>
            $"{d.GetProperty("PaymentTransactionId").GetString()} {d.GetProperty("Status").GetString()} {d.GetProperty("StatusUpdateDateTime").GetString()}")];
}
