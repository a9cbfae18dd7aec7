namespace MockAspsp.Domain;

/// <summary>
/// A standing order's schedule and amounts as its consent's Initiation gives them (an international standing order
/// pays its InstructedAmount every time and has no recurring date or separate amounts).
/// </summary>
/// <param name="Frequency">The spec's Frequency code, e.g. <c>IntrvlMnthDay:01:15</c>.</param>
/// <param name="FirstPaymentDateTime">The first payment's date.</param>
/// <param name="RecurringPaymentDateTime">The second payment's date, when given; else the frequency's first date after the first.</param>
/// <param name="FinalPaymentDateTime">The last payment's date, when given.</param>
/// <param name="NumberOfPayments">How many payments in all, when given.</param>
/// <param name="FirstAmount">The first payment's amount, in the consent's currency.</param>
/// <param name="RecurringAmount">Each later payment's (the first's when the consent gives none).</param>
/// <param name="FinalAmount">The last payment's (the recurring one's when the consent gives none).</param>
public sealed record StandingOrderPlan(
    string Frequency,
    DateTimeOffset FirstPaymentDateTime,
    DateTimeOffset? RecurringPaymentDateTime,
    DateTimeOffset? FinalPaymentDateTime,
    int? NumberOfPayments,
    decimal FirstAmount,
    decimal RecurringAmount,
    decimal FinalAmount);
