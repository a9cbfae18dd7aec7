using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using LanguageExt;
using MockAspsp.Domain;
using MockAspsp.Fapi;
using MockAspsp.Hosting;
using MockAspsp.Seed;

namespace MockAspsp.Features.Pisp;

/// <summary>
/// What a payment consent's Data must be beyond its schema's shape (<see cref="PaymentSchemas"/>), decided purely, and
/// the terms the bank works out of it: amounts above zero, currencies the bank pays in (UK.OBIE.Unsupported.Currency),
/// account schemes and identifications (<see cref="AccountIdentification"/>), the debtor account one this bank holds,
/// local instruments it offers (UK.OBIE.Unsupported.LocalInstrument), dates in the future (UK.OBIE.Field.InvalidDate),
/// a standing order's schedule (every Frequency code of the spec runs: <see cref="StandingOrderSchedule"/>), exchange-rate information consistent with its
/// RateType (an Agreed rate needs ExchangeRate and ContractIdentification: UK.OBIE.Field.Expected; the others must not
/// have them: UK.OBIE.Field.Unexpected), and the charges, cut-off and quote it answers with.
/// </summary>
public static class InitiationRules
{
    /// <summary>Domestic payments, domestic scheduled payments, standing orders and files are paid in pounds.</summary>
    public const string DomesticCurrency = "GBP";

    /// <summary>What UK.OBIE.CHAPSOut costs the debtor.</summary>
    public const decimal ChapsCharge = 15.00m;

    /// <summary>The bank's own charge type for an international transfer (a code in its own namespace, as the spec allows).</summary>
    public const string InternationalChargeType = "GB.OBFX.InternationalTransfer";

    /// <summary>What an international transfer costs, in pounds.</summary>
    public const decimal InternationalCharge = 5.00m;

    private static readonly string[] DomesticInstruments = ["UK.OBIE.FPS", "UK.OBIE.BACS", "UK.OBIE.CHAPS"];
    private static readonly string[] InternationalInstruments = ["UK.OBIE.SWIFT", "UK.OBIE.SEPACreditTransfer"];

    /// <summary>The terms of a consent whose Data passed its schema, or why the bank refuses it.</summary>
    public static Either<ObError, PaymentTerms> Check(PaymentApi api, JsonElement data, DateTimeOffset now, MockAspspOptions options)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(options);
        var initiation = data.GetProperty("Initiation");
        const string at = "Data.Initiation";
        return
            from completion in CompletionInFuture(data, now)
            from money in Money(api, initiation, at)
            from creditor in api.Kind == PaymentKind.File ? Prelude.Right<ObError, Unit>(Prelude.unit) : Account(initiation, "CreditorAccount", at)
            from debtor in Debtor(api, initiation, at, money.Currency)
            from instrument in LocalInstrument(api, initiation, at)
            from execution in Execution(api, initiation, at, now)
            let standingOrder = StandingOrder(api, initiation, money.Amount)
            from quote in Quote(api, initiation, at, money.Currency, OrNull(debtor), now)
            from file in FileDeclaration(api, initiation, at)
            select new PaymentTerms(
                money.Amount,
                money.Currency,
                PayeeName(api, initiation),
                Reference(api, initiation),
                Charges(api, OrNull(instrument), initiation),
                CutOff(now, execution, options),
                execution,
                standingOrder,
                OrNull(quote),
                OrNull(debtor),
                OrNull(file));
    }

    /// <summary>
    /// The cut-off a consent created at <paramref name="now"/> answers with: the bank's next daily cut-off, and never
    /// after the payment's execution.
    /// </summary>
    public static DateTimeOffset CutOff(DateTimeOffset now, DateTimeOffset execution, MockAspspOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var today = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero) + options.CutOffTimeUtc;
        var next = now < today ? today : today.AddDays(1);
        return execution > now && execution < next ? execution : next;
    }

    private static Either<ObError, Unit> CompletionInFuture(JsonElement data, DateTimeOffset now) =>
        data.TryGetProperty("Authorisation", out var authorisation) && authorisation.TryGetProperty("CompletionDateTime", out var completion)
            && Date(completion) <= now
            ? InvalidDate("Data.Authorisation.CompletionDateTime", "must be in the future")
            : Prelude.unit;

    private static Either<ObError, (decimal Amount, string Currency)> Money(PaymentApi api, JsonElement initiation, string at)
    {
        if (api.Kind == PaymentKind.File)
        {
            return initiation.TryGetProperty("ControlSum", out var sum) && sum.GetDecimal() <= 0
                ? Invalid($"{at}.ControlSum", "must be more than zero")
                : (initiation.TryGetProperty("ControlSum", out var declared) ? declared.GetDecimal() : 0m, DomesticCurrency);
        }

        if (api.Kind == PaymentKind.DomesticStandingOrder)
        {
            return
                from first in Amount(initiation, "FirstPaymentAmount", at, [DomesticCurrency])
                from recurring in Optional(initiation, "RecurringPaymentAmount", at, [DomesticCurrency])
                from final in Optional(initiation, "FinalPaymentAmount", at, [DomesticCurrency])
                select first;
        }

        if (!api.International)
        {
            return Amount(initiation, "InstructedAmount", at, [DomesticCurrency]);
        }

        var transfer = initiation.GetProperty("CurrencyOfTransfer").GetString()!;
        return !ExchangeRates.Trades(transfer)
            ? new ObError(400, ObCodes.UnsupportedCurrency, $"{at}.CurrencyOfTransfer '{transfer}' is not one the bank pays in ({Traded})", $"{at}.CurrencyOfTransfer")
            : Amount(initiation, "InstructedAmount", at, [.. ExchangeRates.PerPound.Keys]);
    }

    private static Either<ObError, Unit> Optional(JsonElement initiation, string member, string at, string[] currencies) =>
        initiation.TryGetProperty(member, out _) ? Amount(initiation, member, at, currencies).Map(_ => Prelude.unit) : Prelude.unit;

    private static Either<ObError, (decimal Amount, string Currency)> Amount(JsonElement initiation, string member, string at, string[] currencies)
    {
        var money = initiation.GetProperty(member);
        var amount = decimal.Parse(money.GetProperty("Amount").GetString()!, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        var currency = money.GetProperty("Currency").GetString()!;
        if (amount <= 0)
        {
            return Invalid($"{at}.{member}.Amount", "must be more than zero");
        }

        return currencies.Contains(currency)
            ? (amount, currency)
            : new ObError(400, ObCodes.UnsupportedCurrency, $"{at}.{member}.Currency '{currency}' is not supported here; use {string.Join(", ", currencies)}", $"{at}.{member}.Currency");
    }

    private static Either<ObError, Unit> Account(JsonElement initiation, string member, string at) =>
        initiation.TryGetProperty(member, out var account) && AccountIdentification.Check(account, $"{at}.{member}") is { } problem
            ? problem
            : Prelude.unit;

    /// <summary>The bank's account the consent's DebtorAccount names (null when it names none): one the bank holds, in a currency it can pay from.</summary>
    private static Either<ObError, Option<string>> Debtor(PaymentApi api, JsonElement initiation, string at, string currency)
    {
        if (!initiation.TryGetProperty("DebtorAccount", out var debtor))
        {
            return Option<string>.None;
        }

        return Account(initiation, "DebtorAccount", at).Bind(_ =>
        {
            var path = $"{at}.DebtorAccount";
            if (AccountIdentification.Find(debtor) is not { } account)
            {
                return Invalid($"{path}.Identification", "is not an account this bank holds");
            }

            return !api.International && account.Currency != currency
                ? Invalid($"{path}.Identification", $"is a {account.Currency} account; this payment is in {currency}")
                : Prelude.Right<ObError, Option<string>>(account.AccountId);
        });
    }

    private static Either<ObError, Option<string>> LocalInstrument(PaymentApi api, JsonElement initiation, string at)
    {
        if (!initiation.TryGetProperty("LocalInstrument", out var instrument))
        {
            return Option<string>.None;
        }

        var offered = api.International ? InternationalInstruments : DomesticInstruments;
        var value = instrument.GetString()!;
        return offered.Contains(value)
            ? Prelude.Some(value)
            : new ObError(400, ObCodes.UnsupportedLocalInstrument, $"{at}.LocalInstrument '{value}' is not offered for this payment; use {string.Join(", ", offered)}", $"{at}.LocalInstrument");
    }

    private static Either<ObError, DateTimeOffset> Execution(PaymentApi api, JsonElement initiation, string at, DateTimeOffset now)
    {
        var member = api.Timing switch
        {
            PaymentTiming.Scheduled => "RequestedExecutionDateTime",
            PaymentTiming.StandingOrder => "FirstPaymentDateTime",
            PaymentTiming.File when initiation.TryGetProperty("RequestedExecutionDateTime", out _) => "RequestedExecutionDateTime",
            _ => null,
        };
        if (member is null)
        {
            return now;
        }

        var when = Date(initiation.GetProperty(member));
        if (when <= now)
        {
            return InvalidDate($"{at}.{member}", "must be in the future");
        }

        foreach (var later in new[] { "RecurringPaymentDateTime", "FinalPaymentDateTime" })
        {
            if (initiation.TryGetProperty(later, out var value) && Date(value) < when)
            {
                return InvalidDate($"{at}.{later}", $"must not be before {member}");
            }
        }

        return initiation.TryGetProperty("NumberOfPayments", out var count)
            && !(int.TryParse(count.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var payments) && payments >= 1)
            ? Invalid($"{at}.NumberOfPayments", "must be a whole number of payments, at least 1")
            : when;
    }

    /// <summary>
    /// A standing order's schedule and amounts, from an Initiation whose dates, count and amounts passed their checks:
    /// a domestic one's First/Recurring/FinalPaymentAmount (each later payment the recurring amount, the first's when none
    /// is given; the last the final amount, the recurring one's when none is given), an international one's InstructedAmount
    /// every time.
    /// </summary>
    private static StandingOrderPlan? StandingOrder(PaymentApi api, JsonElement initiation, decimal first)
    {
        if (api.Timing != PaymentTiming.StandingOrder)
        {
            return null;
        }

        DateTimeOffset? OptionalDate(string member) => initiation.TryGetProperty(member, out var value) ? Date(value) : null;
        decimal? OptionalAmount(string member) => initiation.TryGetProperty(member, out var value)
            ? decimal.Parse(value.GetProperty("Amount").GetString()!, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture)
            : null;
        int? count = initiation.TryGetProperty("NumberOfPayments", out var number) ? int.Parse(number.GetString()!, NumberStyles.None, CultureInfo.InvariantCulture) : null;
        var recurring = OptionalAmount("RecurringPaymentAmount") ?? first;
        return new StandingOrderPlan(
            initiation.GetProperty("Frequency").GetString()!,
            Date(initiation.GetProperty("FirstPaymentDateTime")),
            OptionalDate("RecurringPaymentDateTime"),
            OptionalDate("FinalPaymentDateTime"),
            count,
            first,
            recurring,
            OptionalAmount("FinalPaymentAmount") ?? recurring);
    }

    /// <summary>
    /// An international payment's exchange rate: Agreed is the TPP's contract rate, taken as it is; Actual and Indicative
    /// come from the bank's table, Actual held for five minutes. Without ExchangeRateInformation, a payment that changes
    /// currency gets an Indicative quote into the currency of transfer from the instructed currency or, when that is the
    /// currency of transfer already, from the debtor's: the named debtor account's, or pounds (the debtor account is not
    /// known before the PSU picks it, and most accounts of this bank are in pounds).
    /// </summary>
    private static Either<ObError, Option<ExchangeQuote>> Quote(PaymentApi api, JsonElement initiation, string at, string instructed, string? debtorAccountId, DateTimeOffset now)
    {
        if (!api.International)
        {
            return Option<ExchangeQuote>.None;
        }

        var transfer = initiation.GetProperty("CurrencyOfTransfer").GetString()!;
        if (!initiation.TryGetProperty("ExchangeRateInformation", out var information))
        {
            var from = instructed != transfer ? instructed : debtorAccountId is { } id ? SeedData.Bank.Account(id)!.Currency : DomesticCurrency;
            return from == transfer ? Option<ExchangeQuote>.None
                : Prelude.Some(new ExchangeQuote(from, ExchangeRates.Rate(from, transfer), "Indicative", null, null));
        }

        var path = $"{at}.ExchangeRateInformation";
        var unit = information.GetProperty("UnitCurrency").GetString()!;
        var rateType = information.GetProperty("RateType").GetString()!;
        var hasRate = information.TryGetProperty("ExchangeRate", out var rate);
        var hasContract = information.TryGetProperty("ContractIdentification", out var contract);
        if (unit != instructed && unit != transfer)
        {
            return Invalid($"{path}.UnitCurrency", $"must be the instructed currency ({instructed}) or the currency of transfer ({transfer})");
        }

        var other = unit == transfer ? instructed : transfer;
        if (rateType == "Agreed")
        {
            return !hasRate ? Expected($"{path}.ExchangeRate", "is required with an Agreed rate")
                : !hasContract ? Expected($"{path}.ContractIdentification", "is required with an Agreed rate")
                : rate.GetDecimal() <= 0 ? Invalid($"{path}.ExchangeRate", "must be more than zero")
                : Prelude.Some(new ExchangeQuote(unit, rate.GetDecimal(), rateType, contract.GetString(), null));
        }

        return hasRate ? Unexpected($"{path}.ExchangeRate", $"is only given with an Agreed rate; the bank sets an {rateType} rate")
            : hasContract ? Unexpected($"{path}.ContractIdentification", "is only given with an Agreed rate")
            : Prelude.Some(new ExchangeQuote(unit, ExchangeRates.Rate(unit, other), rateType, null, rateType == "Actual" ? now.AddMinutes(5) : null));
    }

    private static Either<ObError, Option<FileExpectation>> FileDeclaration(PaymentApi api, JsonElement initiation, string at)
    {
        if (api.Kind != PaymentKind.File)
        {
            return Option<FileExpectation>.None;
        }

        int? count = initiation.TryGetProperty("NumberOfTransactions", out var number)
            ? int.TryParse(number.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 ? n : -1
            : null;
        if (count == -1)
        {
            return Invalid($"{at}.NumberOfTransactions", "must be a whole number of payments, at least 1");
        }

        var fileType = initiation.GetProperty("FileType").GetString()!;
        if (fileType is not (PaymentFiles.JsonFileType or PaymentFiles.XmlFileType))
        {
            return Invalid($"{at}.FileType", $"'{fileType}' is not a file type this bank reads; use {PaymentFiles.JsonFileType} or {PaymentFiles.XmlFileType}");
        }

        var hash = initiation.GetProperty("FileHash").GetString()!;
        if (!(Convert.TryFromBase64String(hash, new byte[48], out var written) && written == 32))
        {
            return Invalid($"{at}.FileHash", "must be the base64 SHA-256 hash of the file (44 characters)");
        }

        decimal? sum = initiation.TryGetProperty("ControlSum", out var control) ? control.GetDecimal() : null;
        return Prelude.Some(new FileExpectation(fileType, hash, count, sum));
    }

    private static ImmutableArray<PaymentCharge> Charges(PaymentApi api, string? instrument, JsonElement initiation)
    {
        var bearer = initiation.TryGetProperty("ChargeBearer", out var chargeBearer) ? chargeBearer.GetString()! : "BorneByDebtor";
        return api.International ? [new PaymentCharge(bearer, InternationalChargeType, InternationalCharge, DomesticCurrency)]
            : instrument == "UK.OBIE.CHAPS" ? [new PaymentCharge("BorneByDebtor", "UK.OBIE.CHAPSOut", ChapsCharge, DomesticCurrency)]
            : [];
    }

    private static string PayeeName(PaymentApi api, JsonElement initiation) =>
        api.Kind == PaymentKind.File
            ? $"the payees in file {(initiation.TryGetProperty("FileReference", out var reference) ? reference.GetString() : initiation.GetProperty("FileHash").GetString())}"
            : initiation.TryGetProperty("Creditor", out var creditor) && creditor.TryGetProperty("Name", out var name) ? name.GetString()!
            : initiation.GetProperty("CreditorAccount").GetProperty("Name").GetString()!;

    private static string? Reference(PaymentApi api, JsonElement initiation) =>
        api.Timing == PaymentTiming.StandingOrder
            ? initiation.TryGetProperty("Reference", out var reference) ? reference.GetString() : null
            : initiation.TryGetProperty("RemittanceInformation", out var remittance)
                ? remittance.TryGetProperty("Reference", out var r) ? r.GetString() : remittance.TryGetProperty("Unstructured", out var u) ? u.GetString() : null
                : null;

    /// <summary>An optional term as a record's nullable member.</summary>
    private static T? OrNull<T>(Option<T> value)
        where T : class => value.Case as T;

    private static string Traded => string.Join(", ", ExchangeRates.PerPound.Keys.Order(StringComparer.Ordinal));

    private static DateTimeOffset Date(JsonElement value) => Aisp.Wire.TryParseDate(value.GetString()!, out var date) ? date : DateTimeOffset.MinValue;

    private static ObError Invalid(string path, string reason) => new(400, ObCodes.FieldInvalid, $"{path} {reason}", path);

    private static ObError InvalidDate(string path, string reason) => new(400, ObCodes.FieldInvalidDate, $"{path} {reason}", path);

    private static ObError Expected(string path, string reason) => new(400, ObCodes.FieldExpected, $"{path} {reason}", path);

    private static ObError Unexpected(string path, string reason) => new(400, ObCodes.FieldUnexpected, $"{path} {reason}", path);
}
