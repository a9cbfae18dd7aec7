using MockAspsp.Domain;
using MockAspsp.Hosting;

namespace MockAspsp.Features.Pisp;

/// <summary>
/// A payment's life on the bank's clock, computed when read — a pure function of the payment, its consent's terms,
/// the options and the time, never a timer. The money moves at its execution (at once for an immediate payment, on the
/// requested date for a scheduled one, on the first payment date for a standing order): Pending from submission,
/// AcceptedSettlementInProcess <see cref="MockAspspOptions.SettlementStartSeconds"/> after it (or Rejected, when the
/// debtor's available balance did not cover it at submission), AcceptedSettlementCompleted
/// <see cref="MockAspspOptions.SettlementCompleteSeconds"/> after it, booked from then. Scheduled payments, standing
/// orders and files themselves go InitiationPending → InitiationCompleted (or InitiationFailed) when the bank has
/// accepted the order, <see cref="MockAspspOptions.SettlementStartSeconds"/> after submission.
/// </summary>
public static class Settlement
{
    /// <summary>A status and when the payment took it.</summary>
    public sealed record Change(string Status, DateTimeOffset At);

    /// <summary>The money's movement, oldest first, up to <paramref name="now"/> (payment-details' PaymentStatus).</summary>
    public static IReadOnlyList<Change> Money(Payment payment, PaymentTerms terms, MockAspspOptions options, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(payment);
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(options);
        return Plan(payment, terms, options).Where(s => s.At <= now).ToList();
    }

    /// <summary>The payment resource's Status and StatusUpdateDateTime at <paramref name="now"/>.</summary>
    public static Change Status(PaymentApi api, Payment payment, PaymentTerms terms, MockAspspOptions options, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(payment);
        ArgumentNullException.ThrowIfNull(options);
        if (api.Timing == PaymentTiming.Immediate)
        {
            return Money(payment, terms, options, now)[^1];
        }

        var accepted = payment.CreationDateTime.AddSeconds(options.SettlementStartSeconds);
        return now < accepted ? new Change("InitiationPending", payment.CreationDateTime)
            : new Change(payment.FundsAvailable ? "InitiationCompleted" : "InitiationFailed", accepted);
    }

    /// <summary>When the money starts to move (the debit is pending from then), or null if it never will.</summary>
    public static DateTimeOffset? Committed(Payment payment, PaymentTerms terms) =>
        payment.FundsAvailable ? Execution(payment, terms) : null;

    /// <summary>When the debit is booked, or null if it never will be.</summary>
    public static DateTimeOffset? Booked(Payment payment, PaymentTerms terms, MockAspspOptions options) =>
        Plan(payment, terms, options).LastOrDefault(s => s.Status == "AcceptedSettlementCompleted")?.At;

    private static IEnumerable<Change> Plan(Payment payment, PaymentTerms terms, MockAspspOptions options)
    {
        var created = payment.CreationDateTime;
        var start = Max(created.AddSeconds(options.SettlementStartSeconds), Execution(payment, terms));
        yield return new Change("Pending", created);
        if (!payment.FundsAvailable)
        {
            yield return new Change("Rejected", created.AddSeconds(options.SettlementStartSeconds));
            yield break;
        }

        yield return new Change("AcceptedSettlementInProcess", start);
        yield return new Change("AcceptedSettlementCompleted", start.AddSeconds(options.SettlementCompleteSeconds - options.SettlementStartSeconds));
    }

    private static DateTimeOffset Execution(Payment payment, PaymentTerms terms) => Max(payment.CreationDateTime, terms.ExecutionDateTime);

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
