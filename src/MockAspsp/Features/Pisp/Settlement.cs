using MockAspsp.Domain;
using MockAspsp.Hosting;
using MockAspsp.Seed;

namespace MockAspsp.Features.Pisp;

/// <summary>
/// A payment's life on the bank's clock, computed when read — a pure function of the state, the options and the time,
/// never a timer. The money moves at each execution (<see cref="Due"/>): at once for an immediate payment, on the
/// requested date for a scheduled one or a file that names one, on each date of a standing order's schedule. The
/// payment is Pending from submission; each execution is AcceptedSettlementInProcess from
/// <see cref="MockAspspOptions.SettlementStartSeconds"/> after submission or its date, whichever is later, and
/// AcceptedSettlementCompleted <see cref="MockAspspOptions.SettlementCompleteSeconds"/> − SettlementStartSeconds after
/// that, booked from then — or Rejected at that same moment when the debtor's available balance did not cover it
/// (judged at submission for immediate and file payments, when due for scheduled payments and standing orders:
/// <see cref="Ledger.Executions"/>). Scheduled payments, standing orders and files themselves go InitiationPending →
/// InitiationCompleted (a file InitiationFailed when rejected at submission) when the bank has accepted the order,
/// SettlementStartSeconds after submission; what became of their money is in payment-details.
/// </summary>
public static class Settlement
{
    /// <summary>A status, when the payment (or one execution of it: <paramref name="TransactionId"/>) took it, and why, when rejected.</summary>
    public sealed record Change(string Status, DateTimeOffset At, string TransactionId, string? Reason = null);

    /// <summary>The money's movement, oldest first, up to <paramref name="now"/> (payment-details' PaymentStatus).</summary>
    public static IReadOnlyList<Change> Money(BankState state, Payment payment, MockAspspOptions options, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(payment);
        ArgumentNullException.ThrowIfNull(options);
        var steps = Ledger.Executions(state, payment.DebtorAccountId, now)
            .Where(judged => judged.Execution.Payment.PaymentId == payment.PaymentId)
            .SelectMany(judged => Plan(judged.Execution, judged.Paid, options));
        return steps.Prepend(new Change("Pending", payment.CreationDateTime, payment.PaymentId)).Where(s => s.At <= now).OrderBy(s => s.At).ToList();
    }

    /// <summary>The payment resource's Status and StatusUpdateDateTime at <paramref name="now"/>.</summary>
    public static Change Status(PaymentApi api, BankState state, Payment payment, MockAspspOptions options, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(payment);
        ArgumentNullException.ThrowIfNull(options);
        if (api.Timing == PaymentTiming.Immediate)
        {
            return Money(state, payment, options, now)[^1];
        }

        var accepted = payment.CreationDateTime.AddSeconds(options.SettlementStartSeconds);
        return now < accepted ? new Change("InitiationPending", payment.CreationDateTime, payment.PaymentId)
            : new Change(payment.FundsAvailable ? "InitiationCompleted" : "InitiationFailed", accepted, payment.PaymentId);
    }

    /// <summary>
    /// The payment's executions, oldest first, lazily: one for an immediate, scheduled or file payment; one per date of a
    /// standing order's schedule (<see cref="StandingOrderSchedule"/>) — its first amount first, its final amount last,
    /// its recurring amount between — on without end for an order with neither a final date nor a number of payments.
    /// </summary>
    public static IEnumerable<PaymentExecution> Due(Payment payment, PaymentConsent consent)
    {
        ArgumentNullException.ThrowIfNull(payment);
        ArgumentNullException.ThrowIfNull(consent);
        var terms = consent.Terms;
        if (terms.StandingOrder is not { } plan)
        {
            return [new PaymentExecution(payment, consent, 1, Max(payment.CreationDateTime, terms.ExecutionDateTime), terms.Amount, payment.DebitAmount)];
        }

        return Instalments(payment, consent, plan,
            StandingOrderSchedule.Dates(plan.Frequency, plan.FirstPaymentDateTime, plan.RecurringPaymentDateTime, plan.FinalPaymentDateTime, plan.NumberOfPayments));
    }

    /// <summary>When <paramref name="execution"/> settles or is rejected: SettlementStartSeconds after submission, or its date if later.</summary>
    public static DateTimeOffset Start(PaymentExecution execution, MockAspspOptions options)
    {
        ArgumentNullException.ThrowIfNull(execution);
        ArgumentNullException.ThrowIfNull(options);
        return Max(execution.Payment.CreationDateTime.AddSeconds(options.SettlementStartSeconds), execution.At);
    }

    /// <summary>When a paid <paramref name="execution"/> is booked (AcceptedSettlementCompleted).</summary>
    public static DateTimeOffset Booked(PaymentExecution execution, MockAspspOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Start(execution, options).AddSeconds(options.SettlementCompleteSeconds - options.SettlementStartSeconds);
    }

    private static IEnumerable<PaymentExecution> Instalments(Payment payment, PaymentConsent consent, StandingOrderPlan plan, IEnumerable<DateTimeOffset> dates)
    {
        using var date = dates.GetEnumerator();
        var more = date.MoveNext();
        for (var number = 1; more; number++)
        {
            var at = date.Current;
            more = date.MoveNext();
            var amount = number == 1 ? plan.FirstAmount : more ? plan.RecurringAmount : plan.FinalAmount;
            var debit = number == 1 ? payment.DebitAmount : ExchangeRates.Convert(amount, consent.Terms.Currency, payment.DebitCurrency);
            yield return new PaymentExecution(payment, consent, number, Max(payment.CreationDateTime, at), amount, debit);
        }
    }

    private static IEnumerable<Change> Plan(PaymentExecution execution, bool paid, MockAspspOptions options)
    {
        var start = Start(execution, options);
        if (!paid)
        {
            yield return new Change("Rejected", start, execution.TransactionId, Reason(execution));
            yield break;
        }

        yield return new Change("AcceptedSettlementInProcess", start, execution.TransactionId);
        yield return new Change("AcceptedSettlementCompleted", Booked(execution, options), execution.TransactionId);
    }

    private static string Reason(PaymentExecution execution)
    {
        var api = PaymentApi.Of(execution.Payment.Kind);
        return !api.FundsJudgedAtExecution ? "The debtor account's available balance did not cover the payment."
            : api.Timing == PaymentTiming.Scheduled
                ? $"The debtor account's available balance did not cover the payment on its execution date, {Aisp.Wire.Date(execution.At)}; it was not paid."
                : $"The debtor account's available balance did not cover payment {execution.Number} of the standing order, due {Aisp.Wire.Date(execution.At)}; it was not paid, and the order goes on.";
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
