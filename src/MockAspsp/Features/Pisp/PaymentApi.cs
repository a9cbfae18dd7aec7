using MockAspsp.Domain;

namespace MockAspsp.Features.Pisp;

/// <summary>
/// One payment order type of the Payment Initiation API v3.1.11: its paths, the schemas of its requests, the name of
/// its payment id, and which optional parts of the API it has. The endpoints, the checks and the documents are written
/// once over this table.
/// </summary>
/// <param name="Kind">The kind.</param>
/// <param name="ConsentPath">The consent resource, e.g. <c>domestic-payment-consents</c>.</param>
/// <param name="PaymentPath">The payment resource, e.g. <c>domestic-payments</c>.</param>
/// <param name="ConsentSchema">The consent request's schema (OBWriteDomesticConsent4 …).</param>
/// <param name="PaymentSchema">The submission's schema (OBWriteDomestic2 …).</param>
/// <param name="PaymentIdName">The payment id's member in responses (DomesticPaymentId …).</param>
/// <param name="ConsentIdPrefix">What the bank's consent ids start with.</param>
/// <param name="PaymentIdPrefix">What the bank's payment ids start with.</param>
/// <param name="FundsConfirmation">Whether the consent has GET …/funds-confirmation.</param>
/// <param name="International">Whether the payment crosses currencies (CurrencyOfTransfer, exchange rates).</param>
/// <param name="Timing">When the money moves.</param>
public sealed record PaymentApi(
    PaymentKind Kind,
    string ConsentPath,
    string PaymentPath,
    string ConsentSchema,
    string PaymentSchema,
    string PaymentIdName,
    string ConsentIdPrefix,
    string PaymentIdPrefix,
    bool FundsConfirmation,
    bool International,
    PaymentTiming Timing)
{
    /// <summary>The seven, in the spec's order.</summary>
    public static IReadOnlyList<PaymentApi> All { get; } =
    [
        new(PaymentKind.Domestic, "domestic-payment-consents", "domestic-payments", "OBWriteDomesticConsent4", "OBWriteDomestic2",
            "DomesticPaymentId", "dpc", "dp", FundsConfirmation: true, International: false, PaymentTiming.Immediate),
        new(PaymentKind.DomesticScheduled, "domestic-scheduled-payment-consents", "domestic-scheduled-payments", "OBWriteDomesticScheduledConsent4", "OBWriteDomesticScheduled2",
            "DomesticScheduledPaymentId", "dspc", "dsp", FundsConfirmation: false, International: false, PaymentTiming.Scheduled),
        new(PaymentKind.DomesticStandingOrder, "domestic-standing-order-consents", "domestic-standing-orders", "OBWriteDomesticStandingOrderConsent5", "OBWriteDomesticStandingOrder3",
            "DomesticStandingOrderId", "dsoc", "dso", FundsConfirmation: false, International: false, PaymentTiming.StandingOrder),
        new(PaymentKind.International, "international-payment-consents", "international-payments", "OBWriteInternationalConsent5", "OBWriteInternational3",
            "InternationalPaymentId", "ipc", "ip", FundsConfirmation: true, International: true, PaymentTiming.Immediate),
        new(PaymentKind.InternationalScheduled, "international-scheduled-payment-consents", "international-scheduled-payments", "OBWriteInternationalScheduledConsent5", "OBWriteInternationalScheduled3",
            "InternationalScheduledPaymentId", "ispc", "isp", FundsConfirmation: true, International: true, PaymentTiming.Scheduled),
        new(PaymentKind.InternationalStandingOrder, "international-standing-order-consents", "international-standing-orders", "OBWriteInternationalStandingOrderConsent6", "OBWriteInternationalStandingOrder4",
            "InternationalStandingOrderId", "isoc", "iso", FundsConfirmation: false, International: true, PaymentTiming.StandingOrder),
        new(PaymentKind.File, "file-payment-consents", "file-payments", "OBWriteFileConsent3", "OBWriteFile2",
            "FilePaymentId", "fpc", "fp", FundsConfirmation: false, International: false, PaymentTiming.File),
    ];

    /// <summary>The API of <paramref name="kind"/>.</summary>
    public static PaymentApi Of(PaymentKind kind) => All.Single(a => a.Kind == kind);

    /// <summary>Whether its consents carry <c>Permission: Create</c> (scheduled payments and standing orders).</summary>
    public bool HasPermission => Timing is PaymentTiming.Scheduled or PaymentTiming.StandingOrder;

    /// <summary>Whether its consents and payments carry ReadRefundAccount / Refund (all but file payments).</summary>
    public bool HasRefund => Kind != PaymentKind.File;

    /// <summary>Whether its responses carry ExpectedExecutionDateTime and ExpectedSettlementDateTime (not standing orders and files).</summary>
    public bool HasExpectedDates => Timing is PaymentTiming.Immediate or PaymentTiming.Scheduled;

    /// <summary>
    /// Whether the debtor's available balance is judged when the money is due — a scheduled payment at its
    /// RequestedExecutionDateTime, a standing order at each payment — rather than at submission (immediate and file payments).
    /// </summary>
    public bool FundsJudgedAtExecution => Timing is PaymentTiming.Scheduled or PaymentTiming.StandingOrder;

    /// <summary>Whether its responses carry ExchangeRateInformation (international payments and scheduled payments).</summary>
    public bool HasExchangeRate => International && Timing != PaymentTiming.StandingOrder;
}

/// <summary>When a payment order's money moves, which decides its statuses.</summary>
public enum PaymentTiming
{
    /// <summary>At once: Pending → AcceptedSettlementInProcess → AcceptedSettlementCompleted (or Rejected).</summary>
    Immediate,

    /// <summary>On its RequestedExecutionDateTime: InitiationPending → InitiationCompleted; the money's fate in payment-details.</summary>
    Scheduled,

    /// <summary>Set up at once, paying on each date of its schedule: InitiationPending → InitiationCompleted; each payment's fate in payment-details.</summary>
    StandingOrder,

    /// <summary>A file of payments: InitiationPending → InitiationCompleted (or InitiationFailed).</summary>
    File,
}
