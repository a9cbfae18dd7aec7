using System.Text.Json;
using MockAspsp.Tests.Behaviour;
using NUnit.Framework;
using OpenBanking.Core.Consents;
using OpenBanking.Core.Protocol;

namespace MockAspsp.Tests.Pisp;

public class SettlementTests
{
    [Test]
    public async Task A_payment_settles_on_the_banks_clock_and_its_details_keep_the_history()
    {
        await using var s = await PaymentSession.StartAsync();
        var (_, _, submitted) = await s.Pay("domestic-payment-consents", "domestic-payments", PaymentBodies.Domestic());
        var paymentId = JsonDocument.Parse(await submitted.Content.ReadAsStringAsync()).RootElement.GetProperty("Data").GetProperty("DomesticPaymentId").GetString();
        var token = await s.ClientToken();
        var start = s.Bank.Time.GetUtcNow();

        var statuses = new List<(string Status, string Updated)>();
        foreach (var wait in new[] { 1, 2, 8 })
        {
            s.Bank.Time.Advance(TimeSpan.FromSeconds(wait));
            using var read = await s.Get($"/domestic-payments/{paymentId}", token);
            var data = JsonDocument.Parse(await read.Content.ReadAsStringAsync()).RootElement.GetProperty("Data");
            statuses.Add((data.GetProperty("Status").GetString()!, data.GetProperty("StatusUpdateDateTime").GetString()!));
        }

        using var details = await s.Get($"/domestic-payments/{paymentId}/payment-details", token);

        Assert.That(statuses, Is.EqualTo(new[]
        {
            ("Pending", PaymentBodies.Date(start)),
            ("AcceptedSettlementInProcess", PaymentBodies.Date(start.AddSeconds(2))),
            ("AcceptedSettlementCompleted", PaymentBodies.Date(start.AddSeconds(10))),
        }));
        var history = JsonDocument.Parse(await details.Content.ReadAsStringAsync()).RootElement.GetProperty("Data").GetProperty("PaymentStatus");
        Assert.That(history.EnumerateArray().Select(h => h.GetProperty("Status").GetString()),
            Is.EqualTo(new[] { "Pending", "AcceptedSettlementInProcess", "AcceptedSettlementCompleted" }));
    }

    [Test]
    public async Task A_settled_payment_is_a_booked_debit_in_the_account_API_and_lowers_the_balances()
    {
        await using var s = await PaymentSession.StartAsync();
        var (_, accountsToken) = await s.Context.Authorised("amelia", new AccountAccessConsentRequest(
            [ObPermission.ReadAccountsDetail, ObPermission.ReadBalances, ObPermission.ReadTransactionsDetail, ObPermission.ReadTransactionsDebits, ObPermission.ReadTransactionsCredits],
            ExpirationDateTime: s.Bank.Time.GetUtcNow().AddDays(30)));
        var before = await Balances(s, accountsToken.AccessToken);
        var (_, _, submitted) = await s.Pay("domestic-payment-consents", "domestic-payments", PaymentBodies.Domestic("250.00"));
        var paymentId = JsonDocument.Parse(await submitted.Content.ReadAsStringAsync()).RootElement.GetProperty("Data").GetProperty("DomesticPaymentId").GetString();

        var pending = await Transaction(s, accountsToken.AccessToken, paymentId!);
        var whilePending = await Balances(s, accountsToken.AccessToken);
        s.Bank.Time.Advance(TimeSpan.FromSeconds(10));
        var booked = await Transaction(s, accountsToken.AccessToken, paymentId!);
        var after = await Balances(s, accountsToken.AccessToken);

        Assert.That(pending.GetProperty("Status").GetString(), Is.EqualTo("Pending"));
        Assert.That(whilePending["InterimAvailable"], Is.EqualTo(before["InterimAvailable"] - 250m));
        Assert.That(whilePending["InterimBooked"], Is.EqualTo(before["InterimBooked"]));
        Assert.That(booked.GetProperty("Status").GetString(), Is.EqualTo("Booked"));
        Assert.That(booked.GetProperty("CreditDebitIndicator").GetString(), Is.EqualTo("Debit"));
        Assert.That(booked.GetProperty("Amount").GetProperty("Amount").GetString(), Is.EqualTo("250.00"));
        Assert.That(booked.GetProperty("TransactionReference").GetString(), Is.EqualTo("FRESCO-101"));
        Assert.That(booked.GetProperty("CreditorAccount").GetProperty("Name").GetString(), Is.EqualTo("ACME Inc"));
        Assert.That(after["InterimBooked"], Is.EqualTo(before["InterimBooked"] - 250m));
        Assert.That(after["InterimAvailable"], Is.EqualTo(before["InterimAvailable"] - 250m));
        Assert.That(after["ClosingBooked"], Is.EqualTo(before["ClosingBooked"]));
    }

    [Test]
    public async Task A_rejected_payment_never_reaches_the_account()
    {
        await using var s = await PaymentSession.StartAsync();
        await s.Pay("domestic-payment-consents", "domestic-payments", PaymentBodies.Domestic("99999.00"));

        s.Bank.Time.Advance(TimeSpan.FromMinutes(1));

        Assert.That(MockAspsp.Features.Pisp.Ledger.Debits(s.Bank.State, "1001", s.Bank.Time.GetUtcNow(), s.Bank.Bank.Options), Is.Empty);
        Assert.That(MockAspsp.Features.Pisp.Ledger.Available(s.Bank.State, "1001", s.Bank.Time.GetUtcNow(), s.Bank.Bank.Options),
            Is.EqualTo(MockAspsp.Seed.SeedData.Bank.Balances.Single(b => b.AccountId == "1001" && b.Type == "InterimAvailable").Amount));
    }

    private static async Task<Dictionary<string, decimal>> Balances(PaymentSession s, string token)
    {
        var root = await Consented.Json(s.Context, "/accounts/1001/balances", token, "OBReadBalance1");
        return root.GetProperty("Data").GetProperty("Balance").EnumerateArray().ToDictionary(
            b => b.GetProperty("Type").GetString()!,
            b => decimal.Parse(b.GetProperty("Amount").GetProperty("Amount").GetString()!, System.Globalization.CultureInfo.InvariantCulture)
                 * (b.GetProperty("CreditDebitIndicator").GetString() == "Credit" ? 1 : -1));
    }

    private static async Task<JsonElement> Transaction(PaymentSession s, string token, string paymentId)
    {
        var root = await Consented.Json(s.Context, "/accounts/1001/transactions", token, "OBReadTransaction6");
        return root.GetProperty("Data").GetProperty("Transaction").EnumerateArray().Single(t => t.GetProperty("TransactionId").GetString() == paymentId);
    }
}
