using MockAspsp.Domain;
using MockAspsp.Hosting;
using MockAspsp.Seed;

namespace MockAspsp.Features.Pisp;

/// <summary>
/// One bank: the payments the Payment Initiation API took, as the Account and Transaction API shows them — a debit on
/// the debtor account (Pending while the money moves, Booked once settled) and balances lowered accordingly
/// (InterimAvailable from when the money is committed, InterimBooked once it is booked). Computed from the state and
/// the clock when read, like <see cref="Settlement"/>.
/// </summary>
public static class Ledger
{
    /// <summary>The debits of payments from <paramref name="accountId"/> that are pending or booked at <paramref name="now"/>, oldest first.</summary>
    public static IReadOnlyList<BankTransaction> Debits(BankState state, string accountId, DateTimeOffset now, MockAspspOptions options)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(options);
        var account = SeedData.Bank.Account(accountId);
        if (account is null)
        {
            return [];
        }

        var booked = SeededBooked(accountId);
        var moves = Moves(state, accountId, options).Where(m => m.Committed <= now).ToList();
        var bookedBalance = booked - moves.Where(m => m.Booked <= now).Sum(m => m.Payment.DebitAmount);
        var running = booked;
        var debits = new List<BankTransaction>();
        foreach (var move in moves.OrderBy(m => m.Booked ?? DateTimeOffset.MaxValue).ThenBy(m => m.Payment.PaymentId, StringComparer.Ordinal))
        {
            var isBooked = move.Booked <= now;
            running -= isBooked ? move.Payment.DebitAmount : 0m;
            debits.Add(Transaction(move, account, isBooked, isBooked ? running : bookedBalance));
        }

        return debits.OrderBy(t => t.BookingDateTime).ToList();
    }

    /// <summary>The seeded balances of <paramref name="accountId"/> at <paramref name="now"/>, less what its payments took.</summary>
    public static IEnumerable<BankBalance> Balances(BankState state, string accountId, DateTimeOffset now, MockAspspOptions options)
    {
        ArgumentNullException.ThrowIfNull(state);
        var moves = Moves(state, accountId, options).ToList();
        var committed = moves.Where(m => m.Committed <= now).ToList();
        var booked = committed.Where(m => m.Booked <= now).ToList();
        foreach (var balance in SeedData.Bank.Balances.Where(b => b.AccountId == accountId))
        {
            var taken = balance.Type switch
            {
                "InterimAvailable" => committed,
                "InterimBooked" => booked,
                _ => [],
            };
            yield return taken.Count == 0 ? balance : balance with
            {
                Amount = balance.Amount - taken.Sum(m => m.Payment.DebitAmount),
                DateTime = taken.Max(m => balance.Type == "InterimBooked" ? m.Booked!.Value : m.Committed!.Value),
            };
        }
    }

    /// <summary>What <paramref name="accountId"/> has available to pay with at <paramref name="now"/> (its credit line included).</summary>
    public static decimal Available(BankState state, string accountId, DateTimeOffset now, MockAspspOptions options) =>
        Balances(state, accountId, now, options).FirstOrDefault(b => b.Type == "InterimAvailable")?.Amount ?? 0m;

    /// <summary>
    /// Scheduled payments (domestic and international) the bank accepted whose date is still ahead at
    /// <paramref name="now"/>: what GET /scheduled-payments lists beside the seeded ones.
    /// </summary>
    public static IEnumerable<BankScheduledPayment> ScheduledPayments(BankState state, DateTimeOffset now) =>
        Orders(state, PaymentTiming.Scheduled)
            .Where(o => o.Consent.Terms.ExecutionDateTime > now)
            .Select(o => new BankScheduledPayment(o.Payment.DebtorAccountId, o.Payment.PaymentId, o.Consent.Terms.ExecutionDateTime, "Execution",
                o.Consent.Terms.Reference ?? o.Payment.PaymentId, null, o.Consent.Terms.Amount, o.Consent.Terms.Currency, o.Consent.Terms.PayeeName,
                o.Creditor.GetProperty("SchemeName").GetString()!, o.Creditor.GetProperty("Identification").GetString()!,
                o.Consent.Initiation.TryGetProperty("CreditorAgent", out var agent) && agent.TryGetProperty("Identification", out var bic) ? bic.GetString() : null));

    /// <summary>Standing orders (domestic and international) the bank set up: what GET /standing-orders lists beside the seeded ones.</summary>
    public static IEnumerable<BankStandingOrder> StandingOrders(BankState state) =>
        Orders(state, PaymentTiming.StandingOrder)
            .Select(o => new BankStandingOrder(o.Payment.DebtorAccountId, o.Payment.PaymentId, o.Consent.Terms.Frequency!, o.Consent.Terms.Reference ?? o.Payment.PaymentId,
                o.Consent.Terms.ExecutionDateTime, o.Consent.Terms.ExecutionDateTime, o.Consent.Terms.Amount, o.Consent.Terms.Currency, o.Consent.Terms.PayeeName,
                o.Creditor.GetProperty("SchemeName").GetString()!, o.Creditor.GetProperty("Identification").GetString()!));

    private static IEnumerable<(Payment Payment, PaymentConsent Consent, System.Text.Json.JsonElement Creditor)> Orders(BankState state, PaymentTiming timing) =>
        state.Payments.Values
            .Where(p => p.FundsAvailable && PaymentApi.Of(p.Kind).Timing == timing)
            .OrderBy(p => p.CreationDateTime).ThenBy(p => p.PaymentId, StringComparer.Ordinal)
            .Select(p =>
            {
                var consent = state.PaymentConsents[p.ConsentId];
                return (p, consent, consent.Initiation.GetProperty("CreditorAccount"));
            });

    private sealed record Move(Payment Payment, PaymentConsent Consent, DateTimeOffset? Committed, DateTimeOffset? Booked);

    private static IEnumerable<Move> Moves(BankState state, string accountId, MockAspspOptions options) =>
        state.Payments.Values
            .Where(p => p.DebtorAccountId == accountId && p.FundsAvailable)
            .OrderBy(p => p.CreationDateTime).ThenBy(p => p.PaymentId, StringComparer.Ordinal)
            .Select(p =>
            {
                var consent = state.PaymentConsents[p.ConsentId];
                return new Move(p, consent, Settlement.Committed(p, consent.Terms), Settlement.Booked(p, consent.Terms, options));
            });

    private static decimal SeededBooked(string accountId) =>
        SeedData.Bank.Balances.FirstOrDefault(b => b.AccountId == accountId && b.Type == "InterimBooked")?.Amount ?? 0m;

    private static BankTransaction Transaction(Move move, BankAccount account, bool booked, decimal balanceAfter)
    {
        var api = PaymentApi.Of(move.Payment.Kind);
        var initiation = move.Consent.Initiation;
        var creditor = initiation.TryGetProperty("CreditorAccount", out var c) ? c : (System.Text.Json.JsonElement?)null;
        var at = booked ? move.Booked!.Value : move.Committed!.Value;
        return new BankTransaction(
            account.AccountId,
            move.Payment.PaymentId,
            move.Consent.Terms.Reference ?? move.Payment.PaymentId,
            IsCredit: false,
            booked ? "Booked" : "Pending",
            at,
            at,
            move.Payment.DebitAmount,
            account.Currency,
            $"{(api.International ? "INTERNATIONAL " : "")}PAYMENT TO {move.Consent.Terms.PayeeName.ToUpperInvariant()}",
            "IssuedCreditTransfers",
            api.International ? "CrossBorderCreditTransfer" : api.Timing == PaymentTiming.StandingOrder ? "StandingOrder" : "DomesticCreditTransfer",
            api.Timing == PaymentTiming.StandingOrder ? "SO" : api.International ? "INT" : "FPO",
            balanceAfter,
            CounterpartyName: move.Consent.Terms.PayeeName,
            CounterpartySchemeName: creditor?.GetProperty("SchemeName").GetString(),
            CounterpartyIdentification: creditor?.GetProperty("Identification").GetString());
    }
}
