using System.Text.Json;
using LanguageExt;
using MockAspsp.Domain;
using MockAspsp.Fapi;
using MockAspsp.Hosting;
using MockAspsp.Seed;

namespace MockAspsp.Features.Pisp;

/// <summary>
/// Payment consents and payment orders, decided purely on the bank's state: each returns the new state and what it
/// made, or the same state and why not.
/// </summary>
public static class PaymentDecisions
{
    /// <summary>
    /// A body as JSON, checked against <paramref name="schema"/>: not JSON is 400 UK.OBIE.Resource.InvalidFormat, a broken
    /// schema the code <see cref="PaymentSchemas"/> gives it.
    /// </summary>
    public static Either<ObError, JsonElement> Parse(ReadOnlySpan<byte> body, string schema)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(body.ToArray());
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return new ObError(400, ObCodes.InvalidFormat, "the body is not valid JSON");
        }

        return PaymentSchemas.Check(schema, root) is { } problem ? problem : root;
    }

    /// <summary>A new payment consent, AwaitingAuthorisation (a file payment consent AwaitingUpload), from a body that passes every check.</summary>
    public static (BankState State, Either<ObError, string> Created) CreateConsent(
        BankState state, PaymentApi api, string clientId, string consentId, byte[] body, DateTimeOffset now, MockAspspOptions options)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(api);
        var consent =
            from root in Parse(body, api.ConsentSchema)
            let data = root.GetProperty("Data")
            from terms in InitiationRules.Check(api, data, now, options)
            select new PaymentConsent(consentId, api.Kind, clientId, api.Kind == PaymentKind.File ? PaymentConsentStatus.AwaitingUpload : PaymentConsentStatus.AwaitingAuthorisation,
                now, now, data, Risk(root), terms);
        return consent.Match(
            Right: c => (state with { PaymentConsents = state.PaymentConsents.Add(c.ConsentId, c) }, Prelude.Right<ObError, string>(c.ConsentId)),
            Left: error => (state, Prelude.Left<ObError, string>(error)));
    }

    /// <summary>
    /// The client's payment consent of <paramref name="api"/>'s kind, or 400 UK.OBIE.Resource.NotFound (Read/Write Data API
    /// Profile v3.1.11, "400 (Bad Request) v/s 404 (Not Found)": an id that does not exist is a 400; another client's is
    /// not admitted to exist).
    /// </summary>
    public static Either<ObError, PaymentConsent> Consent(BankState state, PaymentApi api, string clientId, string consentId)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(api);
        return state.PaymentConsents.TryGetValue(consentId, out var consent) && consent.ClientId == clientId && consent.Kind == api.Kind
            ? consent
            : new ObError(400, ObCodes.NotFound, $"no {api.ConsentPath[..^1]} '{consentId}' for this client", "ConsentId");
    }

    /// <summary>The client's payment of <paramref name="api"/>'s kind, or 400 UK.OBIE.Resource.NotFound.</summary>
    public static Either<ObError, Payment> Payment(BankState state, PaymentApi api, string clientId, string paymentId)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(api);
        return state.Payments.TryGetValue(paymentId, out var payment) && payment.ClientId == clientId && payment.Kind == api.Kind
            ? payment
            : new ObError(400, ObCodes.NotFound, $"no {api.PaymentPath[..^1]} '{paymentId}' for this client", api.PaymentIdName);
    }

    /// <summary>
    /// A payment order submitted with the PSU's token for <paramref name="authorised"/>: the body names that consent
    /// (UK.OBIE.Resource.ConsentMismatch), the consent is of this kind (the same) and Authorised
    /// (UK.OBIE.Resource.InvalidConsentStatus — a consumed consent pays no second time), the submission comes before the
    /// consent's CutOffDateTime (UK.OBIE.Rules.AfterCutOffDateTime), and its Initiation and Risk are the consent's,
    /// compared as JSON values — member order and insignificant white space aside (UK.OBIE.Resource.ConsentMismatch).
    /// Then the consent is Consumed and the payment made. For an immediate or file payment, whether the debtor's available
    /// balance covers it decides, there and then, whether it will settle or be rejected; a scheduled payment or standing
    /// order is judged when each payment falls due (<see cref="Ledger"/>).
    /// </summary>
    public static (BankState State, Either<ObError, string> Created) Submit(
        BankState state, PaymentApi api, PaymentConsent authorised, string paymentId, byte[] body, DateTimeOffset now, MockAspspOptions options)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(authorised);
        var made =
            from root in Parse(body, api.PaymentSchema)
            let data = root.GetProperty("Data")
            from consent in Submittable(state, api, authorised.ConsentId, data.GetProperty("ConsentId").GetString()!, now)
            from same in SameAsConsent(consent, data.GetProperty("Initiation"), Risk(root))
            select Pay(state, consent, paymentId, now, options);
        return made.Match(
            Right: result => (result.State, Prelude.Right<ObError, string>(paymentId)),
            Left: error => (state, Prelude.Left<ObError, string>(error)));
    }

    /// <summary>
    /// Funds confirmation (GET …/funds-confirmation with the PSU's token): whether the debtor account's available balance
    /// covers what the payment would take, at <paramref name="now"/>. The consent must be Authorised.
    /// </summary>
    public static Either<ObError, bool> FundsAvailable(BankState state, PaymentApi api, PaymentConsent authorised, string consentId, DateTimeOffset now, MockAspspOptions options)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(authorised);
        return Current(state, api, authorised.ConsentId, consentId).Bind(consent => consent.Status == PaymentConsentStatus.Authorised
            ? Prelude.Right<ObError, bool>(Ledger.Available(state, consent.DebtorAccountId!, now, options) >= Debit(consent))
            : new ObError(400, ObCodes.InvalidConsentStatus, $"the consent is {consent.Status}; funds are confirmed for an Authorised consent", "ConsentId"));
    }

    /// <summary>What the payment takes from the debtor account, in the account's currency.</summary>
    public static decimal Debit(PaymentConsent consent)
    {
        ArgumentNullException.ThrowIfNull(consent);
        var account = SeedData.Bank.Account(consent.DebtorAccountId ?? throw new InvalidOperationException("the consent has no debtor account yet"))!;
        return ExchangeRates.Convert(consent.Terms.Amount, consent.Terms.Currency, account.Currency);
    }

    /// <summary>The consent the token was issued for, which must be the one the request names and of this kind.</summary>
    private static Either<ObError, PaymentConsent> Current(BankState state, PaymentApi api, string tokenConsentId, string named)
    {
        if (named != tokenConsentId)
        {
            return new ObError(400, ObCodes.ConsentMismatch, $"the access token was issued for consent '{tokenConsentId}', not '{named}'", "ConsentId");
        }

        var consent = state.PaymentConsents[tokenConsentId];
        return consent.Kind == api.Kind
            ? consent
            : new ObError(400, ObCodes.ConsentMismatch, $"consent '{named}' is for a {PaymentApi.Of(consent.Kind).PaymentPath[..^1]}, not a {api.PaymentPath[..^1]}", "ConsentId");
    }

    private static Either<ObError, PaymentConsent> Submittable(BankState state, PaymentApi api, string tokenConsentId, string named, DateTimeOffset now) =>
        Current(state, api, tokenConsentId, named).Bind(consent =>
            consent.Status != PaymentConsentStatus.Authorised
                ? new ObError(400, ObCodes.InvalidConsentStatus, $"the consent is {consent.Status}; a payment order is submitted once, with an Authorised consent", "Data.ConsentId")
                : consent.Terms.CutOffDateTime < now
                    ? new ObError(400, ObCodes.AfterCutOffDateTime, $"the consent's CutOffDateTime {Aisp.Wire.Date(consent.Terms.CutOffDateTime.Value)} has passed")
                    : Prelude.Right<ObError, PaymentConsent>(consent));

    /// <summary>The body's Risk: every payment order has one but file payments.</summary>
    private static JsonElement? Risk(JsonElement root) => root.TryGetProperty("Risk", out var risk) ? risk : null;

    private static Either<ObError, Unit> SameAsConsent(PaymentConsent consent, JsonElement initiation, JsonElement? risk) =>
        !JsonElement.DeepEquals(initiation, consent.Initiation)
            ? new ObError(400, ObCodes.ConsentMismatch, "Data.Initiation differs from the consent's Initiation: a payment order must be the one the PSU authorised", "Data.Initiation")
            : !(risk is { } r && consent.Risk is { } c ? JsonElement.DeepEquals(r, c) : risk is null && consent.Risk is null)
                ? new ObError(400, ObCodes.ConsentMismatch, "Risk differs from the consent's Risk", "Risk")
                : Prelude.unit;

    private static (BankState State, Payment Payment) Pay(BankState state, PaymentConsent consent, string paymentId, DateTimeOffset now, MockAspspOptions options)
    {
        var debit = Debit(consent);
        var account = SeedData.Bank.Account(consent.DebtorAccountId!)!;
        var payment = new Payment(paymentId, consent.Kind, consent.ConsentId, consent.ClientId, consent.Customer!, account.AccountId, now, debit, account.Currency,
            PaymentApi.Of(consent.Kind).FundsJudgedAtExecution || Ledger.Available(state, account.AccountId, now, options) >= debit);
        return (state with
        {
            PaymentConsents = state.PaymentConsents.SetItem(consent.ConsentId, consent with { Status = PaymentConsentStatus.Consumed, StatusUpdateDateTime = now }),
            Payments = state.Payments.Add(paymentId, payment),
        }, payment);
    }
}
