using LanguageExt;
using OpenBanking.Core.Accounts;
using OpenBanking.Core.Api;
using OpenBanking.Core.Authorization;
using OpenBanking.Core.Configuration;
using OpenBanking.Core.Consents;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Flows;
using OpenBanking.Core.Http;
using OpenBanking.Core.Payments;

namespace MockAspsp.TestSupport;

/// <summary>
/// A payment of every type, as a TPP makes it with the library against the mock bank: begin (token → consent → consent
/// URL), [upload the file], the PSU's headless approval, then complete → funds → submission → follow → details.
/// </summary>
public static class PaymentScript
{
    /// <summary>A payee at another bank.</summary>
    public static readonly PaymentAccount Payee = PaymentAccount.SortCodeAccountNumber("08-08-00", "21325698", "ACME Inc");

    /// <summary>A payee abroad.</summary>
    public static readonly PaymentAccount EuroPayee = PaymentAccount.Iban("DE89 3704 0044 0532 0130 00", "Berlin GmbH");

    /// <summary>The Risk every example sends.</summary>
    public static readonly PaymentRisk Risk = new(PaymentContextCode.PartyToParty);

    /// <summary>A payment file of two domestic payments (UK.OBIE.PaymentInitiation.3.1).</summary>
    public static byte[] File { get; } = System.Text.Encoding.UTF8.GetBytes(
        """{"Data":{"DomesticPayments":[""" +
        """{"InstructionIdentification":"FILE1","EndToEndIdentification":"FILE.E2E.1","InstructedAmount":{"Amount":"21.00","Currency":"GBP"},"CreditorAccount":{"SchemeName":"UK.OBIE.SortCodeAccountNumber","Identification":"08080021325698","Name":"Bob Clements"}},""" +
        """{"InstructionIdentification":"FILE2","EndToEndIdentification":"FILE.E2E.2","InstructedAmount":{"Amount":"22.50","Currency":"GBP"},"CreditorAccount":{"SchemeName":"UK.OBIE.SortCodeAccountNumber","Identification":"08080021325698","Name":"Bob Clements"}}""" +
        "]}}");

    /// <summary>A domestic payment of <paramref name="amount"/> pounds.</summary>
    public static DomesticPaymentConsentRequest Domestic(decimal amount = 165.88m) => new(new DomesticPaymentInitiation(
        "ACME412", "FRESCO.21302.GFX.20", new PaymentAmount(amount, "GBP"), Payee,
        RemittanceInformation: new RemittanceInformation("Internal ops code 5120101", "FRESCO-101"))) { Risk = Risk };

    /// <summary>The script of the payment type named <paramref name="name"/>.</summary>
    public static Script Named(string name, DateTimeOffset now) => All(now).Single(s => s.Name == name);

    /// <summary>Every payment type as a named script, for tests that run them all.</summary>
    public static IReadOnlyList<Script> All(DateTimeOffset now) =>
    [
        new("domestic payment", (client, http, psu, settle, completion) => Ended(client, http, PaymentKinds.Domestic,
            PaymentInitiation.CreateDomesticPaymentConsent(Domestic()), psu, settle, completion)),
        new("domestic scheduled payment", (client, http, psu, settle, completion) => Ended(client, http, PaymentKinds.DomesticScheduled,
            PaymentInitiation.CreateDomesticScheduledPaymentConsent(new DomesticScheduledPaymentConsentRequest(new DomesticScheduledPaymentInitiation(
                "ACME413", now.AddDays(1), new PaymentAmount(50.00m, "GBP"), Payee with { Name = "Rent Ltd" },
                EndToEndIdentification: "FRESCO.21302.GFX.21", RemittanceInformation: new RemittanceInformation(Reference: "RENT-12"))) { Risk = Risk }),
            psu, settle, completion)),
        new("domestic standing order", (client, http, psu, settle, completion) => Ended(client, http, PaymentKinds.DomesticStandingOrder,
            PaymentInitiation.CreateDomesticStandingOrderConsent(new DomesticStandingOrderConsentRequest(new DomesticStandingOrderInitiation(
                StandingOrderFrequency.IntervalMonthDay(1, 15), now.AddDays(1), new PaymentAmount(20.00m, "GBP"), Payee with { Name = "Jack Clarke" },
                Reference: "Pocket money", RecurringPaymentAmount: new PaymentAmount(20.00m, "GBP"))) { Risk = Risk }),
            psu, settle, completion)),
        new("international payment", (client, http, psu, settle, completion) => Ended(client, http, PaymentKinds.International,
            PaymentInitiation.CreateInternationalPaymentConsent(new InternationalPaymentConsentRequest(new InternationalPaymentInitiation(
                "INTL1", "INTL.E2E.1", "EUR", new PaymentAmount(100.00m, "EUR"), EuroPayee,
                ExchangeRateInformation: new ExchangeRateInformation("EUR", RateType.Actual),
                RemittanceInformation: new RemittanceInformation(Reference: "INV-77"))) { Risk = Risk }),
            psu, settle, completion)),
        new("international scheduled payment", (client, http, psu, settle, completion) => Ended(client, http, PaymentKinds.InternationalScheduled,
            PaymentInitiation.CreateInternationalScheduledPaymentConsent(new InternationalScheduledPaymentConsentRequest(new InternationalScheduledPaymentInitiation(
                "INTL2", now.AddDays(1), "EUR", new PaymentAmount(100.00m, "EUR"), EuroPayee, EndToEndIdentification: "INTL.E2E.2",
                ExchangeRateInformation: new ExchangeRateInformation("EUR", RateType.Indicative),
                RemittanceInformation: new RemittanceInformation(Reference: "INV-78"))) { Risk = Risk }),
            psu, settle, completion)),
        new("international standing order", (client, http, psu, settle, completion) => Ended(client, http, PaymentKinds.InternationalStandingOrder,
            PaymentInitiation.CreateInternationalStandingOrderConsent(new InternationalStandingOrderConsentRequest(new InternationalStandingOrderInitiation(
                "EvryWorkgDay", now.AddDays(1), "EUR", new PaymentAmount(5.00m, "EUR"), EuroPayee, Reference: "Daily EUR")) { Risk = Risk }),
            psu, settle, completion)),
        new("file payment", (client, http, psu, settle, completion) => Ended(client, http, PaymentKinds.File,
            PaymentInitiation.CreateFilePaymentConsent(new FilePaymentConsentRequest(FileInitiation(now))), psu, settle, completion,
            upload: (pending, ct) => client.Send(pending.ClientToken.AccessToken, PaymentInitiation.UploadPaymentFile(pending.ConsentId, pending.Consent.Initiation, File), cancellationToken: ct))),
    ];

    /// <summary>The file's metadata: its hash, count and control sum.</summary>
    public static FilePaymentInitiation FileInitiation(DateTimeOffset now) =>
        new(PaymentFileTypes.PaymentInitiation31, PaymentFile.Hash(File), "GB2OK238", "2", 43.50m, LocalInstrument: LocalInstruments.FasterPayments,
            RemittanceInformation: new RemittanceInformation(Reference: "BATCH-1"));

    /// <summary>
    /// One payment: begin → [upload] → <paramref name="psu"/> approves headless → complete → funds → submit → follow for
    /// <paramref name="settleWithin"/> → details.
    /// </summary>
    public static EitherAsync<OpenBankingError, PaymentOutcome<TPayment>> Run<TConsent, TPayment>(
        PaymentClient client, IRequestInterpreter http, PaymentKind<TConsent, TPayment> kind, ApiCall<TConsent> createConsent,
        string psu, TimeSpan settleWithin,
        Func<PendingAuthorisation<TConsent>, CancellationToken, EitherAsync<OpenBankingError, Unit>>? upload = null,
        Completion completion = Completion.Redirect,
        CancellationToken cancellationToken = default)
        where TConsent : IConsent =>
        from pending in client.BeginPayment(createConsent, cancellationToken)
        from uploaded in upload is null ? Prelude.RightAsync<OpenBankingError, Unit>(Unit.Default) : upload(pending, cancellationToken)
        from approval in http.Send(Headless.Approval(pending.ConsentUrl.Url, psu), cancellationToken)
        from outcome in Complete(client, kind, pending, Headless.RedirectUrl(approval), settleWithin, completion, cancellationToken)
        select outcome;

    /// <summary>How a payment is completed from the PSU's redirect.</summary>
    public enum Completion
    {
        /// <summary>The whole redirect checked (state, the front-channel id_token with its c_hash and s_hash), then the code exchanged.</summary>
        Redirect,

        /// <summary>
        /// The redirect's state checked and its code exchanged bare, the token response's id_token verified: for
        /// recordings, whose codes are placeholders the redirect id_token's c_hash cannot match (as <see cref="FlowScript.BareCode"/>).
        /// It sends the same requests as <see cref="Redirect"/>.
        /// </summary>
        BareCode,
    }

    private static EitherAsync<OpenBankingError, PaymentOutcome<TPayment>> Complete<TConsent, TPayment>(
        PaymentClient client, PaymentKind<TConsent, TPayment> kind, PendingAuthorisation<TConsent> pending, string redirectUrl,
        TimeSpan settleWithin, Completion completion, CancellationToken cancellationToken)
        where TConsent : IConsent =>
        completion == Completion.Redirect
            ? client.CompleteAndPay(kind, pending, redirectUrl, settleWithin, cancellationToken)
            : from callback in AuthorizationCallback.Parse(redirectUrl, pending.ConsentUrl.State, client.Config.Issuer,
                  AuthorizationCallback.DefaultMode(client.Config.ResponseType.ToWireName())).ToAsync()
              from grant in client.CompleteAuthorisationWithCode(pending, callback.Code, cancellationToken)
              from outcome in client.Pay(kind, pending.Consent, grant, pending.ClientToken, settleWithin, cancellationToken)
              select outcome;

    /// <summary>A payment type's script: it runs the whole payment and says how it ended.</summary>
    /// <param name="Name">The payment type.</param>
    /// <param name="Steps">Runs it: the client, the interpreter the headless approval goes through, the PSU, how long to follow the payment, how to complete it.</param>
    public sealed record Script(string Name, Func<PaymentClient, IRequestInterpreter, string, TimeSpan, Completion, EitherAsync<OpenBankingError, Ending>> Steps)
    {
        /// <summary>Runs the payment: <paramref name="client"/>, the interpreter the headless approval goes through, the PSU, how long to follow it, how to complete it.</summary>
        public EitherAsync<OpenBankingError, Ending> Pay(PaymentClient client, IRequestInterpreter http, string psu, TimeSpan settleWithin, Completion completion = Completion.Redirect) =>
            Steps(client, http, psu, settleWithin, completion);

        /// <inheritdoc />
        public override string ToString() => Name;
    }

    /// <summary>How a payment ended, whatever its type.</summary>
    /// <param name="Progress">Where it stands.</param>
    /// <param name="IdempotencyKey">The key its submission carried.</param>
    /// <param name="Funds">Whether the bank confirmed funds (null for types without a funds confirmation).</param>
    /// <param name="History">Its payment-details statuses.</param>
    public sealed record Ending(PaymentProgress Progress, string IdempotencyKey, bool? Funds, IReadOnlyList<string> History);

    private static EitherAsync<OpenBankingError, Ending> Ended<TConsent, TPayment>(
        PaymentClient client, IRequestInterpreter http, PaymentKind<TConsent, TPayment> kind, ApiCall<TConsent> createConsent,
        string psu, TimeSpan settleWithin, Completion completion,
        Func<PendingAuthorisation<TConsent>, CancellationToken, EitherAsync<OpenBankingError, Unit>>? upload = null)
        where TConsent : IConsent =>
        Run(client, http, kind, createConsent, psu, settleWithin, upload, completion, CancellationToken.None).Map(outcome => new Ending(
            outcome.Progress, outcome.IdempotencyKey,
            outcome.Funds.Case is FundsConfirmation funds ? funds.FundsAvailableResult?.FundsAvailable : null,
            outcome.Details.Transactions?.Select(t => t.Status.ToString()).ToList() ?? []));

    /// <summary>The PSU's account access, to read a payment back through the Account and Transaction API.</summary>
    public static AccountAccessConsentRequest AccountAccess(DateTimeOffset now) => FlowScript.Consent(now) with { TransactionFromDateTime = null, TransactionToDateTime = null };
}
