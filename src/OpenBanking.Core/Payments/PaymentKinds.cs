namespace OpenBanking.Core.Payments;

/// <summary>The seven payment types of the Payment Initiation API v3.1.11 as <see cref="PaymentKind{TConsent, TPayment}"/>s.</summary>
public static class PaymentKinds
{
    /// <summary>Domestic payments (with funds confirmation).</summary>
    public static PaymentKind<DomesticPaymentConsent, DomesticPayment> Domestic { get; } = new(
        "domestic payment",
        PaymentInitiation.GetDomesticPaymentConsent,
        PaymentInitiation.GetDomesticPaymentConsentFundsConfirmation,
        consent => PaymentInitiation.CreateDomesticPayment(DomesticPaymentRequest.For(consent)),
        PaymentInitiation.GetDomesticPayment,
        PaymentInitiation.GetDomesticPaymentDetails,
        payment => PaymentProgress.Of(payment.DomesticPaymentId, payment.Status, payment.StatusUpdateDateTime));

    /// <summary>Domestic scheduled payments (no funds confirmation in the spec).</summary>
    public static PaymentKind<DomesticScheduledPaymentConsent, DomesticScheduledPayment> DomesticScheduled { get; } = new(
        "domestic scheduled payment",
        PaymentInitiation.GetDomesticScheduledPaymentConsent,
        null,
        consent => PaymentInitiation.CreateDomesticScheduledPayment(DomesticScheduledPaymentRequest.For(consent)),
        PaymentInitiation.GetDomesticScheduledPayment,
        PaymentInitiation.GetDomesticScheduledPaymentDetails,
        payment => PaymentProgress.Of(payment.DomesticScheduledPaymentId, payment.Status, payment.StatusUpdateDateTime));

    /// <summary>Domestic standing orders (no funds confirmation in the spec).</summary>
    public static PaymentKind<DomesticStandingOrderConsent, DomesticStandingOrder> DomesticStandingOrder { get; } = new(
        "domestic standing order",
        PaymentInitiation.GetDomesticStandingOrderConsent,
        null,
        consent => PaymentInitiation.CreateDomesticStandingOrder(DomesticStandingOrderRequest.For(consent)),
        PaymentInitiation.GetDomesticStandingOrder,
        PaymentInitiation.GetDomesticStandingOrderDetails,
        order => PaymentProgress.Of(order.DomesticStandingOrderId, order.Status, order.StatusUpdateDateTime));

    /// <summary>International payments (with funds confirmation).</summary>
    public static PaymentKind<InternationalPaymentConsent, InternationalPayment> International { get; } = new(
        "international payment",
        PaymentInitiation.GetInternationalPaymentConsent,
        PaymentInitiation.GetInternationalPaymentConsentFundsConfirmation,
        consent => PaymentInitiation.CreateInternationalPayment(InternationalPaymentRequest.For(consent)),
        PaymentInitiation.GetInternationalPayment,
        PaymentInitiation.GetInternationalPaymentDetails,
        payment => PaymentProgress.Of(payment.InternationalPaymentId, payment.Status, payment.StatusUpdateDateTime));

    /// <summary>International scheduled payments (with funds confirmation).</summary>
    public static PaymentKind<InternationalScheduledPaymentConsent, InternationalScheduledPayment> InternationalScheduled { get; } = new(
        "international scheduled payment",
        PaymentInitiation.GetInternationalScheduledPaymentConsent,
        PaymentInitiation.GetInternationalScheduledPaymentConsentFundsConfirmation,
        consent => PaymentInitiation.CreateInternationalScheduledPayment(InternationalScheduledPaymentRequest.For(consent)),
        PaymentInitiation.GetInternationalScheduledPayment,
        PaymentInitiation.GetInternationalScheduledPaymentDetails,
        payment => PaymentProgress.Of(payment.InternationalScheduledPaymentId, payment.Status, payment.StatusUpdateDateTime));

    /// <summary>International standing orders (no funds confirmation in the spec).</summary>
    public static PaymentKind<InternationalStandingOrderConsent, InternationalStandingOrder> InternationalStandingOrder { get; } = new(
        "international standing order",
        PaymentInitiation.GetInternationalStandingOrderConsent,
        null,
        consent => PaymentInitiation.CreateInternationalStandingOrder(InternationalStandingOrderRequest.For(consent)),
        PaymentInitiation.GetInternationalStandingOrder,
        PaymentInitiation.GetInternationalStandingOrderDetails,
        order => PaymentProgress.Of(order.InternationalStandingOrderId, order.Status, order.StatusUpdateDateTime));

    /// <summary>File payments (the file is uploaded before the PSU authorises: <see cref="PaymentInitiation.UploadPaymentFile"/>).</summary>
    public static PaymentKind<FilePaymentConsent, FilePayment> File { get; } = new(
        "file payment",
        PaymentInitiation.GetFilePaymentConsent,
        null,
        consent => PaymentInitiation.CreateFilePayment(FilePaymentRequest.For(consent)),
        PaymentInitiation.GetFilePayment,
        PaymentInitiation.GetFilePaymentDetails,
        payment => PaymentProgress.Of(payment.FilePaymentId, payment.Status, payment.StatusUpdateDateTime));
}
