using LanguageExt;
using OpenBanking.Core.Errors;

namespace OpenBanking.Core.Payments;

/// <summary>
/// Every reason the bank must refuse a payment request, found before anything is sent: one <c>Problems</c> per request
/// model, each problem at the JSON path of its member on the wire. It checks what the v3.1.11 schemas say (required
/// members, lengths, patterns, code lists: <see cref="PaymentRules"/>), and what they cannot: amounts more than zero and
/// written as the spec's pattern, ISO 4217 currencies (<see cref="CurrencyCodes"/>), account identifiers against their
/// scheme (<see cref="AccountSchemes.Problem"/>: sort code and account number, IBAN check digits, PAN), standing order
/// frequencies (<see cref="StandingOrderFrequency"/>), an Agreed exchange rate with its rate and contract, and dates after
/// <c>now</c>: requested execution, first payment, authorisation completion. A file's content is checked against its
/// metadata by <see cref="PaymentFile.Problems"/>. <see cref="PaymentInitiation"/>'s builders call these and answer a
/// <see cref="ValidationError"/> (<see cref="ValidationError.Check"/> the schema's name, the problems joined) instead of a request.
/// </summary>
public static class PaymentValidation
{
    private const string Data = "$.Data";
    private const string Initiation = "$.Data.Initiation";
    private const string Risk = "$.Risk";

    /// <summary>The problems of an OBWriteDomesticConsent4; empty when there are none.</summary>
    public static EquatableList<PaymentProblem> Problems(DomesticPaymentConsentRequest request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Consent(now, rules => Check(rules, request.Initiation), request.ReadRefundAccount, request.Authorisation, request.ScaSupportData, withRisk: true, request.Risk);
    }

    /// <summary>The problems of an OBWriteDomesticScheduledConsent4; empty when there are none.</summary>
    public static EquatableList<PaymentProblem> Problems(DomesticScheduledPaymentConsentRequest request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Consent(now, rules => Check(rules, request.Initiation), request.ReadRefundAccount, request.Authorisation, request.ScaSupportData, withRisk: true, request.Risk);
    }

    /// <summary>The problems of an OBWriteDomesticStandingOrderConsent5; empty when there are none.</summary>
    public static EquatableList<PaymentProblem> Problems(DomesticStandingOrderConsentRequest request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Consent(now, rules => Check(rules, request.Initiation), request.ReadRefundAccount, request.Authorisation, request.ScaSupportData, withRisk: true, request.Risk);
    }

    /// <summary>The problems of an OBWriteInternationalConsent5; empty when there are none.</summary>
    public static EquatableList<PaymentProblem> Problems(InternationalPaymentConsentRequest request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Consent(now, rules => Check(rules, request.Initiation), request.ReadRefundAccount, request.Authorisation, request.ScaSupportData, withRisk: true, request.Risk);
    }

    /// <summary>The problems of an OBWriteInternationalScheduledConsent5; empty when there are none.</summary>
    public static EquatableList<PaymentProblem> Problems(InternationalScheduledPaymentConsentRequest request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Consent(now, rules => Check(rules, request.Initiation), request.ReadRefundAccount, request.Authorisation, request.ScaSupportData, withRisk: true, request.Risk);
    }

    /// <summary>The problems of an OBWriteInternationalStandingOrderConsent6; empty when there are none.</summary>
    public static EquatableList<PaymentProblem> Problems(InternationalStandingOrderConsentRequest request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Consent(now, rules => Check(rules, request.Initiation), request.ReadRefundAccount, request.Authorisation, request.ScaSupportData, withRisk: true, request.Risk);
    }

    /// <summary>The problems of an OBWriteFileConsent3 (its metadata; the file itself: <see cref="PaymentFile.Problems"/>); empty when there are none.</summary>
    public static EquatableList<PaymentProblem> Problems(FilePaymentConsentRequest request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Consent(now, rules => Check(rules, request.Initiation), null, request.Authorisation, request.ScaSupportData, withRisk: false);
    }

    /// <summary>The problems of an OBWriteDomestic2; empty when there are none.</summary>
    public static EquatableList<PaymentProblem> Problems(DomesticPaymentRequest request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Submission(now, request.ConsentId, rules => Check(rules, request.Initiation), withRisk: true, request.Risk);
    }

    /// <summary>The problems of an OBWriteDomesticScheduled2; empty when there are none.</summary>
    public static EquatableList<PaymentProblem> Problems(DomesticScheduledPaymentRequest request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Submission(now, request.ConsentId, rules => Check(rules, request.Initiation), withRisk: true, request.Risk);
    }

    /// <summary>The problems of an OBWriteDomesticStandingOrder3; empty when there are none.</summary>
    public static EquatableList<PaymentProblem> Problems(DomesticStandingOrderRequest request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Submission(now, request.ConsentId, rules => Check(rules, request.Initiation), withRisk: true, request.Risk);
    }

    /// <summary>The problems of an OBWriteInternational3; empty when there are none.</summary>
    public static EquatableList<PaymentProblem> Problems(InternationalPaymentRequest request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Submission(now, request.ConsentId, rules => Check(rules, request.Initiation), withRisk: true, request.Risk);
    }

    /// <summary>The problems of an OBWriteInternationalScheduled3; empty when there are none.</summary>
    public static EquatableList<PaymentProblem> Problems(InternationalScheduledPaymentRequest request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Submission(now, request.ConsentId, rules => Check(rules, request.Initiation), withRisk: true, request.Risk);
    }

    /// <summary>The problems of an OBWriteInternationalStandingOrder4; empty when there are none.</summary>
    public static EquatableList<PaymentProblem> Problems(InternationalStandingOrderRequest request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Submission(now, request.ConsentId, rules => Check(rules, request.Initiation), withRisk: true, request.Risk);
    }

    /// <summary>The problems of an OBWriteFile2; empty when there are none.</summary>
    public static EquatableList<PaymentProblem> Problems(FilePaymentRequest request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Submission(now, request.ConsentId, rules => Check(rules, request.Initiation), withRisk: false);
    }

    /// <summary>
    /// <paramref name="value"/> when <paramref name="problems"/> is empty; otherwise one <see cref="ValidationError"/> whose
    /// check is <paramref name="schema"/> and whose detail lists every problem, <c>path: message</c>, joined by <c>; </c>.
    /// </summary>
    public static Either<OpenBankingError, T> Valid<T>(T value, string schema, IReadOnlyList<PaymentProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return problems.Count == 0 ? value : new ValidationError(schema, string.Join("; ", problems));
    }

    // A file payment's documents have no Risk (withRisk false); every other payment document requires one.
    private static EquatableList<PaymentProblem> Consent(
        DateTimeOffset now, Action<PaymentRules> initiation, ReadRefundAccount? readRefundAccount, PaymentAuthorisation? authorisation,
        ScaSupportData? sca, bool withRisk, PaymentRisk? risk = null)
    {
        var rules = new PaymentRules(now);
        initiation(rules);
        rules.ConsentData(Data, readRefundAccount, authorisation, sca);
        return Finish(rules, withRisk, risk);
    }

    private static EquatableList<PaymentProblem> Submission(DateTimeOffset now, string consentId, Action<PaymentRules> initiation, bool withRisk, PaymentRisk? risk = null)
    {
        var rules = new PaymentRules(now);
        rules.Text($"{Data}.ConsentId", consentId, 128, required: true);
        initiation(rules);
        return Finish(rules, withRisk, risk);
    }

    private static EquatableList<PaymentProblem> Finish(PaymentRules rules, bool withRisk, PaymentRisk? risk)
    {
        if (withRisk)
        {
            rules.Risk(Risk, risk);
        }

        return rules.Found;
    }

    private static void Check(PaymentRules rules, DomesticPaymentInitiation? initiation)
    {
        if (Present(rules, initiation) is not { } i)
        {
            return;
        }

        Identifications(rules, i.InstructionIdentification, i.EndToEndIdentification, endToEndRequired: true);
        Payee(rules, i.LocalInstrument, i.InstructedAmount, i.DebtorAccount, i.CreditorAccount);
        rules.Address($"{Initiation}.CreditorPostalAddress", i.CreditorPostalAddress);
        rules.Remittance($"{Initiation}.RemittanceInformation", i.RemittanceInformation);
        rules.SupplementaryData($"{Initiation}.SupplementaryData", i.SupplementaryData);
    }

    private static void Check(PaymentRules rules, DomesticScheduledPaymentInitiation? initiation)
    {
        if (Present(rules, initiation) is not { } i)
        {
            return;
        }

        Identifications(rules, i.InstructionIdentification, i.EndToEndIdentification, endToEndRequired: false);
        rules.Future($"{Initiation}.RequestedExecutionDateTime", i.RequestedExecutionDateTime, required: true);
        Payee(rules, i.LocalInstrument, i.InstructedAmount, i.DebtorAccount, i.CreditorAccount);
        rules.Address($"{Initiation}.CreditorPostalAddress", i.CreditorPostalAddress);
        rules.Remittance($"{Initiation}.RemittanceInformation", i.RemittanceInformation);
        rules.SupplementaryData($"{Initiation}.SupplementaryData", i.SupplementaryData);
    }

    private static void Check(PaymentRules rules, DomesticStandingOrderInitiation? initiation)
    {
        if (Present(rules, initiation) is not { } i)
        {
            return;
        }

        Schedule(rules, i.Frequency, i.Reference, i.NumberOfPayments, i.FirstPaymentDateTime, i.FinalPaymentDateTime);
        rules.NotBefore($"{Initiation}.RecurringPaymentDateTime", i.RecurringPaymentDateTime, $"{Initiation}.FirstPaymentDateTime", i.FirstPaymentDateTime);
        Payee(rules, null, i.FirstPaymentAmount, i.DebtorAccount, i.CreditorAccount, "FirstPaymentAmount");
        rules.Amount($"{Initiation}.RecurringPaymentAmount", i.RecurringPaymentAmount, required: false);
        rules.Amount($"{Initiation}.FinalPaymentAmount", i.FinalPaymentAmount, required: false);
        rules.SupplementaryData($"{Initiation}.SupplementaryData", i.SupplementaryData);
    }

    private static void Check(PaymentRules rules, InternationalPaymentInitiation? initiation)
    {
        if (Present(rules, initiation) is not { } i)
        {
            return;
        }

        Identifications(rules, i.InstructionIdentification, i.EndToEndIdentification, endToEndRequired: true);
        rules.Defined($"{Initiation}.InstructionPriority", i.InstructionPriority);
        Payee(rules, i.LocalInstrument, i.InstructedAmount, i.DebtorAccount, i.CreditorAccount);
        International(rules, i.CurrencyOfTransfer, i.Purpose, i.ExtendedPurpose, i.ChargeBearer, i.DestinationCountryCode);
        rules.ExchangeRate($"{Initiation}.ExchangeRateInformation", i.ExchangeRateInformation);
        rules.Creditor($"{Initiation}.Creditor", i.Creditor, 140);
        rules.Agent($"{Initiation}.CreditorAgent", i.CreditorAgent);
        rules.Remittance($"{Initiation}.RemittanceInformation", i.RemittanceInformation);
        rules.SupplementaryData($"{Initiation}.SupplementaryData", i.SupplementaryData);
    }

    private static void Check(PaymentRules rules, InternationalScheduledPaymentInitiation? initiation)
    {
        if (Present(rules, initiation) is not { } i)
        {
            return;
        }

        Identifications(rules, i.InstructionIdentification, i.EndToEndIdentification, endToEndRequired: false);
        rules.Defined($"{Initiation}.InstructionPriority", i.InstructionPriority);
        rules.Future($"{Initiation}.RequestedExecutionDateTime", i.RequestedExecutionDateTime, required: true);
        Payee(rules, i.LocalInstrument, i.InstructedAmount, i.DebtorAccount, i.CreditorAccount);
        International(rules, i.CurrencyOfTransfer, i.Purpose, i.ExtendedPurpose, i.ChargeBearer, i.DestinationCountryCode);
        rules.ExchangeRate($"{Initiation}.ExchangeRateInformation", i.ExchangeRateInformation);
        rules.Creditor($"{Initiation}.Creditor", i.Creditor, 140);
        rules.Agent($"{Initiation}.CreditorAgent", i.CreditorAgent);
        rules.Remittance($"{Initiation}.RemittanceInformation", i.RemittanceInformation);
        rules.SupplementaryData($"{Initiation}.SupplementaryData", i.SupplementaryData);
    }

    private static void Check(PaymentRules rules, InternationalStandingOrderInitiation? initiation)
    {
        if (Present(rules, initiation) is not { } i)
        {
            return;
        }

        Schedule(rules, i.Frequency, i.Reference, i.NumberOfPayments, i.FirstPaymentDateTime, i.FinalPaymentDateTime);
        Payee(rules, null, i.InstructedAmount, i.DebtorAccount, i.CreditorAccount);
        International(rules, i.CurrencyOfTransfer, i.Purpose, i.ExtendedPurpose, i.ChargeBearer, i.DestinationCountryCode);
        rules.Creditor($"{Initiation}.Creditor", i.Creditor, 350);
        rules.Agent($"{Initiation}.CreditorAgent", i.CreditorAgent);
        rules.SupplementaryData($"{Initiation}.SupplementaryData", i.SupplementaryData);
    }

    private static void Check(PaymentRules rules, FilePaymentInitiation? initiation)
    {
        if (Present(rules, initiation) is not { } i)
        {
            return;
        }

        rules.Namespaced($"{Initiation}.FileType", i.FileType, PaymentFileTypes.Known, required: true);
        rules.Text($"{Initiation}.FileHash", i.FileHash, 44, required: true);
        rules.Text($"{Initiation}.FileReference", i.FileReference, 40);
        PaymentFile.CheckSummary(rules, $"{Initiation}.", i.NumberOfTransactions, i.ControlSum);
        rules.Future($"{Initiation}.RequestedExecutionDateTime", i.RequestedExecutionDateTime);
        rules.Namespaced($"{Initiation}.LocalInstrument", i.LocalInstrument, LocalInstruments.Known);
        rules.Account($"{Initiation}.DebtorAccount", i.DebtorAccount, required: false, nameRequired: false);
        rules.Remittance($"{Initiation}.RemittanceInformation", i.RemittanceInformation);
        rules.SupplementaryData($"{Initiation}.SupplementaryData", i.SupplementaryData);
    }

    private static T? Present<T>(PaymentRules rules, T? initiation)
        where T : class
    {
        if (initiation is null)
        {
            rules.Add(Initiation, "is missing");
        }

        return initiation;
    }

    private static void Identifications(PaymentRules rules, string instruction, string? endToEnd, bool endToEndRequired)
    {
        rules.Text($"{Initiation}.InstructionIdentification", instruction, 35, required: true);
        rules.Text($"{Initiation}.EndToEndIdentification", endToEnd, 35, endToEndRequired);
    }

    private static void Payee(
        PaymentRules rules, string? localInstrument, PaymentAmount amount, PaymentAccount? debtor, PaymentAccount creditor, string amountName = "InstructedAmount")
    {
        rules.Namespaced($"{Initiation}.LocalInstrument", localInstrument, LocalInstruments.Known);
        rules.Amount($"{Initiation}.{amountName}", amount);
        rules.Account($"{Initiation}.DebtorAccount", debtor, required: false, nameRequired: false);
        rules.Account($"{Initiation}.CreditorAccount", creditor, required: true, nameRequired: true);
    }

    private static void Schedule(
        PaymentRules rules, string frequency, string? reference, string? numberOfPayments, DateTimeOffset first, DateTimeOffset? final)
    {
        rules.Frequency($"{Initiation}.Frequency", frequency);
        rules.Text($"{Initiation}.Reference", reference, 35);
        rules.NumberOfPayments($"{Initiation}.NumberOfPayments", numberOfPayments);
        rules.Future($"{Initiation}.FirstPaymentDateTime", first, required: true);
        rules.NotBefore($"{Initiation}.FinalPaymentDateTime", final, $"{Initiation}.FirstPaymentDateTime", first);
    }

    private static void International(
        PaymentRules rules, string currencyOfTransfer, string? purpose, string? extendedPurpose, ChargeBearer? chargeBearer, string? destinationCountry)
    {
        rules.Currency($"{Initiation}.CurrencyOfTransfer", currencyOfTransfer);
        rules.Text($"{Initiation}.Purpose", purpose, 4);
        rules.Text($"{Initiation}.ExtendedPurpose", extendedPurpose, 140);
        rules.Defined($"{Initiation}.ChargeBearer", chargeBearer);
        rules.Country($"{Initiation}.DestinationCountryCode", destinationCountry);
    }
}
