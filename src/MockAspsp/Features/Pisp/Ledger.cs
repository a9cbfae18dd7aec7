using MockAspsp.Domain;
using MockAspsp.Hosting;
using MockAspsp.Seed;

namespace MockAspsp.Features.Pisp;

/// <summary>
/// One bank: the payments the Payment Initiation API took, as the Account and Transaction API shows them — a debit on
/// the debtor account for each execution that was paid (Pending while the money moves, Booked once settled) and balances
/// lowered accordingly (InterimAvailable from when the money is committed, InterimBooked once it is booked). Computed
/// from the state and the clock when read, like <see cref="Settlement"/>: every execution due by then is judged in
/// turn against what the account has available at its moment (<see cref="Executions"/>).
/// </summary>
public static class Ledger
{
    /// <summary>
    /// The executions of payments from <paramref name="accountId"/> due by <paramref name="until"/>, in the order the
    /// bank runs them (by date, then by submission), each with whether it was paid. An immediate or file payment was
    /// judged at submission (<see cref="Payment.FundsAvailable"/>); a scheduled payment or a standing order's payment is
    /// judged when due: it is paid when the account's available balance then — the seeded InterimAvailable less every
    /// execution paid before it — covers its debit, and otherwise is not paid at all (no retry, no partial payment; a
    /// standing order goes on with its next date).
    /// </summary>
    public static IReadOnlyList<(PaymentExecution Execution, bool Paid)> Executions(BankState state, string accountId, DateTimeOffset until)
    {
        ArgumentNullException.ThrowIfNull(state);
        var due = state.Payments.Values
            .Where(p => p.DebtorAccountId == accountId)
            .SelectMany(p => Settlement.Due(p, state.PaymentConsents[p.ConsentId]).TakeWhile(e => e.At <= until))
            .OrderBy(e => e.At).ThenBy(e => e.Payment.CreationDateTime).ThenBy(e => e.Payment.PaymentId, StringComparer.Ordinal).ThenBy(e => e.Number);
        var available = SeededBalance(accountId, "InterimAvailable");
        var judged = new List<(PaymentExecution, bool)>();
        foreach (var execution in due)
        {
            var paid = PaymentApi.Of(execution.Payment.Kind).FundsJudgedAtExecution ? available >= execution.Debit : execution.Payment.FundsAvailable;
            available -= paid ? execution.Debit : 0m;
            judged.Add((execution, paid));
        }

        return judged;
    }

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

        var booked = SeededBalance(accountId, "InterimBooked");
        var moves = Paid(state, accountId, now);
        var bookedBalance = booked - moves.Where(m => Settlement.Booked(m, options) <= now).Sum(m => m.Debit);
        var running = booked;
        var debits = new List<BankTransaction>();
        foreach (var move in moves.OrderBy(m => Settlement.Booked(m, options)).ThenBy(m => m.TransactionId, StringComparer.Ordinal))
        {
            var isBooked = Settlement.Booked(move, options) <= now;
            running -= isBooked ? move.Debit : 0m;
            debits.Add(Transaction(move, account, isBooked ? Settlement.Booked(move, options) : null, isBooked ? running : bookedBalance));
        }

        return debits.OrderBy(t => t.BookingDateTime).ToList();
    }

    /// <summary>The seeded balances of <paramref name="accountId"/> at <paramref name="now"/>, less what its payments took.</summary>
    public static IEnumerable<BankBalance> Balances(BankState state, string accountId, DateTimeOffset now, MockAspspOptions options)
    {
        ArgumentNullException.ThrowIfNull(state);
        var committed = Paid(state, accountId, now);
        var booked = committed.Where(m => Settlement.Booked(m, options) <= now).ToList();
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
                Amount = balance.Amount - taken.Sum(m => m.Debit),
                DateTime = taken.Max(m => balance.Type == "InterimBooked" ? Settlement.Booked(m, options) : m.At),
            };
        }
    }

    /// <summary>What <paramref name="accountId"/> has available to pay with at <paramref name="now"/> (its credit line included).</summary>
    public static decimal Available(BankState state, string accountId, DateTimeOffset now, MockAspspOptions options) =>
        Balances(state, accountId, now, options).FirstOrDefault(b => b.Type == "InterimAvailable")?.Amount ?? 0m;

    /// <summary>
    /// Scheduled payments (domestic and international) the bank accepted whose date is still ahead at
    /// <paramref name="now"/>: what GET /scheduled-payments lists beside the seeded ones. From its date a scheduled
    /// payment is a debit (or, unpaid, only in its payment-details) and no longer listed here.
    /// </summary>
    public static IEnumerable<BankScheduledPayment> ScheduledPayments(BankState state, DateTimeOffset now) =>
        Orders(state, PaymentTiming.Scheduled)
            .Where(o => o.Consent.Terms.ExecutionDateTime > now)
            .Select(o => new BankScheduledPayment(o.Payment.DebtorAccountId, o.Payment.PaymentId, o.Consent.Terms.ExecutionDateTime, "Execution",
                o.Consent.Terms.Reference ?? o.Payment.PaymentId, null, o.Consent.Terms.Amount, o.Consent.Terms.Currency, o.Consent.Terms.PayeeName,
                o.Creditor.GetProperty("SchemeName").GetString()!, o.Creditor.GetProperty("Identification").GetString()!,
                o.Consent.Initiation.TryGetProperty("CreditorAgent", out var agent) && agent.TryGetProperty("Identification", out var bic) ? bic.GetString() : null));

    /// <summary>
    /// Standing orders (domestic and international) the bank set up: what GET /standing-orders lists beside the seeded
    /// ones at <paramref name="now"/> — the next payment's date and amount while one is ahead (Active), the last payment
    /// made, and Inactive once the schedule has no payment left.
    /// </summary>
    public static IEnumerable<BankStandingOrder> StandingOrders(BankState state, DateTimeOffset now) =>
        Orders(state, PaymentTiming.StandingOrder).Select(o =>
        {
            var plan = o.Consent.Terms.StandingOrder!;
            var next = Settlement.Due(o.Payment, o.Consent).FirstOrDefault(e => e.At > now);
            var last = Executions(state, o.Payment.DebtorAccountId, now)
                .Where(j => j.Paid && j.Execution.Payment.PaymentId == o.Payment.PaymentId).Select(j => j.Execution).LastOrDefault();
            return new BankStandingOrder(o.Payment.DebtorAccountId, o.Payment.PaymentId, plan.Frequency, o.Consent.Terms.Reference ?? o.Payment.PaymentId,
                plan.FirstPaymentDateTime, next?.At, plan.FirstAmount, o.Consent.Terms.Currency, o.Consent.Terms.PayeeName,
                o.Creditor.GetProperty("SchemeName").GetString()!, o.Creditor.GetProperty("Identification").GetString()!,
                StatusCode: next is null ? "Inactive" : "Active", NextPaymentAmount: next?.Amount, LastPaymentDateTime: last?.At, LastPaymentAmount: last?.Amount);
        });

    private static IEnumerable<(Payment Payment, PaymentConsent Consent, System.Text.Json.JsonElement Creditor)> Orders(BankState state, PaymentTiming timing) =>
        state.Payments.Values
            .Where(p => p.FundsAvailable && PaymentApi.Of(p.Kind).Timing == timing)
            .OrderBy(p => p.CreationDateTime).ThenBy(p => p.PaymentId, StringComparer.Ordinal)
            .Select(p =>
            {
                var consent = state.PaymentConsents[p.ConsentId];
                return (p, consent, consent.Initiation.GetProperty("CreditorAccount"));
            });

    /// <summary>The executions from <paramref name="accountId"/> paid by <paramref name="now"/>: their money committed.</summary>
    private static List<PaymentExecution> Paid(BankState state, string accountId, DateTimeOffset now) =>
        Executions(state, accountId, now).Where(j => j.Paid).Select(j => j.Execution).ToList();

    private static decimal SeededBalance(string accountId, string type) =>
        SeedData.Bank.Balances.FirstOrDefault(b => b.AccountId == accountId && b.Type == type)?.Amount ?? 0m;

    private static BankTransaction Transaction(PaymentExecution move, BankAccount account, DateTimeOffset? booked, decimal balanceAfter)
    {
        var api = PaymentApi.Of(move.Payment.Kind);
        var initiation = move.Consent.Initiation;
        var creditor = initiation.TryGetProperty("CreditorAccount", out var c) ? c : (System.Text.Json.JsonElement?)null;
        var at = booked ?? move.At;
        return new BankTransaction(
            account.AccountId,
            move.TransactionId,
            move.Consent.Terms.Reference ?? move.Payment.PaymentId,
            IsCredit: false,
            booked is null ? "Pending" : "Booked",
            at,
            at,
            move.Debit,
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
