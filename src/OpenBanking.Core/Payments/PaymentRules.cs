using System.Globalization;
using System.Text.Json;
using OpenBanking.Core.Accounts;
using OpenBanking.Core.Http;

namespace OpenBanking.Core.Payments;

/// <summary>
/// Collects every <see cref="PaymentProblem"/> of one request: the lengths, patterns and code lists of the v3.1.11
/// Payment Initiation schemas (payment-initiation-openapi.json), the identifier rules of the account schemes, and the
/// dates that must be after <c>now</c>. Each check takes a member as it may be (null included) and never throws.
/// </summary>
internal sealed class PaymentRules(DateTimeOffset now)
{
    private const int LongestQuote = 40;

    private readonly List<PaymentProblem> _found = [];

    public EquatableList<PaymentProblem> Found => _found.ToEquatableList();

    public void Add(string path, string message) => _found.Add(new PaymentProblem(path, message));

    /// <summary>A MaxNText member: present when required, 1 to <paramref name="max"/> characters when present.</summary>
    public void Text(string path, string? value, int max, bool required = false, int min = 1)
    {
        if (value is null)
        {
            if (required)
            {
                Add(path, "is missing");
            }
        }
        else if (value.Length < min)
        {
            Add(path, value.Length == 0 ? "is empty" : $"has {value.Length} characters, fewer than {min}");
        }
        else if (value.Length > max)
        {
            Add(path, $"has {value.Length} characters, more than {max}");
        }
    }

    /// <summary>An enum member holds one of the spec's codes (a cast number would be written as no code at all).</summary>
    public void Defined<TEnum>(string path, TEnum? value)
        where TEnum : struct, Enum
    {
        if (value is { } code && !Enum.IsDefined(code))
        {
            Add(path, $"{Convert.ToInt64(code, CultureInfo.InvariantCulture)} is not a {typeof(TEnum).Name}");
        }
    }

    /// <summary>
    /// An OBIE namespaced enumeration (x-namespaced-enum): one of the listed codes, or a code in another namespace — a
    /// bank may add <c>CC.Bank.Value</c> codes of its own, never new <c>UK.OBIE.</c> ones.
    /// </summary>
    public void Namespaced(string path, string? value, IReadOnlySet<string> known, bool required = false)
    {
        if (value is null)
        {
            Text(path, value, int.MaxValue, required);
            return;
        }

        var parts = value.Split('.');
        var otherNamespace = parts.Length >= 3 && parts[0].Length == 2 && parts[0].All(char.IsAsciiLetterUpper)
            && parts[1].Length > 0 && parts[2].Length > 0 && !value.StartsWith("UK.OBIE.", StringComparison.Ordinal);
        if (!known.Contains(value) && !otherNamespace)
        {
            Add(path, $"{Quote(value)} is not one of {string.Join(", ", known.Order(StringComparer.Ordinal))}, nor a code in a namespace of its own (CC.Bank.Code)");
        }
    }

    /// <summary>
    /// An OBActiveOrHistoricCurrencyAndAmount: more than zero, written as the spec's pattern
    /// <c>^\d{1,13}$|^\d{1,13}\.\d{1,5}$</c> (at most 13 digits before the point and 5 after), in an ISO 4217 currency.
    /// </summary>
    public void Amount(string path, PaymentAmount? amount, bool required = true)
    {
        if (amount is null)
        {
            Text(path, null, 0, required);
            return;
        }

        // The text the serializer writes: a decimal keeps its scale, so 1.500000m is written with six decimals.
        var text = amount.Amount.ToString(CultureInfo.InvariantCulture);
        var point = text.IndexOf('.', StringComparison.Ordinal);
        var integerDigits = point < 0 ? text.Length : point;
        var decimals = point < 0 ? 0 : text.Length - point - 1;
        if (amount.Amount <= 0)
        {
            Add($"{path}.Amount", $"{text} is not more than zero");
        }
        else if (integerDigits > 13)
        {
            Add($"{path}.Amount", $"{text} has {integerDigits} digits before the point, more than 13");
        }
        else if (decimals > 5)
        {
            Add($"{path}.Amount", $"{text} has {decimals} decimals, more than 5");
        }

        Currency($"{path}.Currency", amount.Currency);
    }

    /// <summary>An ISO 4217 currency code (ActiveOrHistoricCurrencyCode, <c>^[A-Z]{3,3}$</c>, and in the table).</summary>
    public void Currency(string path, string? code, bool required = true)
    {
        if (code is null)
        {
            Text(path, code, 3, required);
        }
        else if (CurrencyCodes.Problem(code) is { } problem)
        {
            Add(path, $"{Quote(code)} {problem}");
        }
    }

    /// <summary>
    /// An ISO 3166-1 alpha-2 country code (CountryCode, <c>^[A-Z]{2,2}$</c>). DestinationCountryCode's pattern in the
    /// schema has no anchors, so it would let any text with two capitals through; the code it describes is two letters.
    /// </summary>
    public void Country(string path, string? code, bool required = false)
    {
        if (code is null)
        {
            Text(path, code, 2, required);
        }
        else if (code.Length != 2 || !code.All(char.IsAsciiLetterUpper))
        {
            Add(path, $"{Quote(code)} is not a country code: two upper-case letters (ISO 3166-1 alpha-2)");
        }
    }

    /// <summary>
    /// A debtor or creditor account (OBCashAccountDebtor4/OBCashAccountCreditor3 as the initiations inline them): a scheme,
    /// an identification of at most 256 characters that follows the scheme's rule (<see cref="AccountSchemes.Problem"/>),
    /// a name of at most 350 (required for the creditor), a secondary identification of at most 34.
    /// </summary>
    public void Account(string path, PaymentAccount? account, bool required, bool nameRequired)
    {
        if (account is null)
        {
            Text(path, null, 0, required);
            return;
        }

        Namespaced($"{path}.SchemeName", account.SchemeName, AccountSchemes.Known, required: true);
        Text($"{path}.Identification", account.Identification, 256, required: true);
        if (account.SchemeName is not null && account.Identification is not null
            && AccountSchemes.Problem(account.SchemeName, account.Identification) is { } problem)
        {
            Add($"{path}.Identification", $"{Quote(account.Identification)} {problem}");
        }

        Text($"{path}.Name", account.Name, 350, nameRequired);
        Text($"{path}.SecondaryIdentification", account.SecondaryIdentification, 34);
    }

    /// <summary>An OBPostalAddress6: each part's length, at most 7 address lines of at most 70 characters, the country code.</summary>
    public void Address(string path, PostalAddress? address)
    {
        if (address is null)
        {
            return;
        }

        Defined($"{path}.AddressType", address.AddressType);
        Text($"{path}.Department", address.Department, 70);
        Text($"{path}.SubDepartment", address.SubDepartment, 70);
        Text($"{path}.StreetName", address.StreetName, 70);
        Text($"{path}.BuildingNumber", address.BuildingNumber, 16);
        Text($"{path}.PostCode", address.PostCode, 16);
        Text($"{path}.TownName", address.TownName, 35);
        Text($"{path}.CountrySubDivision", address.CountrySubDivision, 35);
        Country($"{path}.Country", address.Country);
        Lines($"{path}.AddressLine", address.AddressLine, 7);
    }

    /// <summary>The payee's name and address of an international payment; the name's limit differs between schemas.</summary>
    public void Creditor(string path, Creditor? creditor, int nameMax)
    {
        if (creditor is null)
        {
            return;
        }

        Text($"{path}.Name", creditor.Name, nameMax);
        Address($"{path}.PostalAddress", creditor.PostalAddress);
    }

    /// <summary>The payee's bank: scheme (<c>UK.OBIE.BICFI</c> or a bank's own), identification of at most 35, name of at most 140.</summary>
    public void Agent(string path, FinancialAgent? agent)
    {
        if (agent is null)
        {
            return;
        }

        Namespaced($"{path}.SchemeName", agent.SchemeName, FinancialInstitutionSchemes);
        Text($"{path}.Identification", agent.Identification, 35);
        Text($"{path}.Name", agent.Name, 140);
        Address($"{path}.PostalAddress", agent.PostalAddress);
    }

    /// <summary>The reference (at most 35) and free text (at most 140) the payee sees.</summary>
    public void Remittance(string path, RemittanceInformation? remittance)
    {
        if (remittance is null)
        {
            return;
        }

        Text($"{path}.Unstructured", remittance.Unstructured, 140);
        Text($"{path}.Reference", remittance.Reference, 35);
    }

    /// <summary>A date-time that must be after now (execution dates, first payments, authorisation deadlines).</summary>
    public void Future(string path, DateTimeOffset? value, bool required = false)
    {
        if (value is null)
        {
            Text(path, null, 0, required);
        }
        else if (value <= now)
        {
            Add(path, $"{IsoDateTime.Format(value.Value)} is not in the future (now is {IsoDateTime.Format(now)})");
        }
    }

    /// <summary>A date-time that must not be before another (a standing order's later payments after its first).</summary>
    public void NotBefore(string path, DateTimeOffset? value, string earlierPath, DateTimeOffset earlier)
    {
        if (value < earlier)
        {
            Add(path, $"{IsoDateTime.Format(value.Value)} is before {earlierPath[(earlierPath.LastIndexOf('.') + 1)..]} {IsoDateTime.Format(earlier)}");
        }
    }

    /// <summary>A standing order's Frequency: the schema's pattern, exactly (<see cref="StandingOrderFrequency.Pattern"/>).</summary>
    public void Frequency(string path, string? frequency)
    {
        if (frequency is null)
        {
            Text(path, null, 0, required: true);
        }
        else if (!StandingOrderFrequency.IsValid(frequency))
        {
            Add(path, $"{Quote(frequency)} does not match the spec's pattern (EvryDay, EvryWorkgDay, IntrvlDay:NN, IntrvlWkDay:WW:DD, WkInMnthDay:WW:DD, IntrvlMnthDay:MM:DD, QtrDay:ENGLISH|SCOTTISH|RECEIVED)");
        }
    }

    /// <summary>
    /// A standing order's NumberOfPayments: Max35Text in the schema, and what it counts ("the number of the payments that
    /// will be made") is a whole number, at least one.
    /// </summary>
    public void NumberOfPayments(string path, string? number)
    {
        Text(path, number, 35);
        if (!string.IsNullOrEmpty(number) && (!number.All(char.IsAsciiDigit) || number.All(c => c == '0')))
        {
            Add(path, $"{Quote(number)} is not a number of payments: digits, at least 1");
        }
    }

    /// <summary>
    /// The exchange rate an international initiation asks for. International Payment Consents v3.1.11, Exchange Rate
    /// Information: an Agreed rate gives ExchangeRate and ContractIdentification; an Actual or Indicative one gives neither.
    /// </summary>
    public void ExchangeRate(string path, ExchangeRateInformation? rate)
    {
        if (rate is null)
        {
            return;
        }

        Currency($"{path}.UnitCurrency", rate.UnitCurrency);
        Defined($"{path}.RateType", (RateType?)rate.RateType);
        Text($"{path}.ContractIdentification", rate.ContractIdentification, 256);
        if (rate.ExchangeRate <= 0)
        {
            Add($"{path}.ExchangeRate", $"{rate.ExchangeRate.Value.ToString(CultureInfo.InvariantCulture)} is not more than zero");
        }

        if (rate.RateType == RateType.Agreed)
        {
            if (rate.ExchangeRate is null)
            {
                Add($"{path}.ExchangeRate", "is missing: an Agreed rate gives the rate");
            }

            if (rate.ContractIdentification is null)
            {
                Add($"{path}.ContractIdentification", "is missing: an Agreed rate gives the contract it was agreed under");
            }
        }
        else
        {
            if (rate.ExchangeRate is not null)
            {
                Add($"{path}.ExchangeRate", $"is given with an {rate.RateType} rate: only an Agreed rate gives one");
            }

            if (rate.ContractIdentification is not null)
            {
                Add($"{path}.ContractIdentification", $"is given with an {rate.RateType} rate: only an Agreed rate gives one");
            }
        }
    }

    /// <summary>The members of a consent request's Data beside its Initiation.</summary>
    public void ConsentData(string path, ReadRefundAccount? readRefundAccount, PaymentAuthorisation? authorisation, ScaSupportData? sca)
    {
        Defined($"{path}.ReadRefundAccount", readRefundAccount);
        if (authorisation is not null)
        {
            Defined($"{path}.Authorisation.AuthorisationType", (AuthorisationType?)authorisation.AuthorisationType);
            Future($"{path}.Authorisation.CompletionDateTime", authorisation.CompletionDateTime);
        }

        if (sca is not null)
        {
            Defined($"{path}.SCASupportData.RequestedSCAExemptionType", sca.RequestedScaExemptionType);
            Defined($"{path}.SCASupportData.AppliedAuthenticationApproach", sca.AppliedAuthenticationApproach);
            Text($"{path}.SCASupportData.ReferencePaymentOrderId", sca.ReferencePaymentOrderId, 40);
        }
    }

    /// <summary>OBRisk1: required by every payment document but file payments; each member's length and code list.</summary>
    public void Risk(string path, PaymentRisk? risk)
    {
        if (risk is null)
        {
            Add(path, "is missing (an empty Risk, PaymentRisk.None, will do)");
            return;
        }

        Defined($"{path}.PaymentContextCode", risk.PaymentContextCode);
        Text($"{path}.MerchantCategoryCode", risk.MerchantCategoryCode, 4, min: 3);
        Text($"{path}.MerchantCustomerIdentification", risk.MerchantCustomerIdentification, 70);
        Text($"{path}.PaymentPurposeCode", risk.PaymentPurposeCode, 4, min: 3);
        Defined($"{path}.BeneficiaryAccountType", risk.BeneficiaryAccountType);
        if (risk.DeliveryAddress is { } delivery)
        {
            var at = $"{path}.DeliveryAddress";
            Lines($"{at}.AddressLine", delivery.AddressLine, 2);
            Text($"{at}.StreetName", delivery.StreetName, 70);
            Text($"{at}.BuildingNumber", delivery.BuildingNumber, 16);
            Text($"{at}.PostCode", delivery.PostCode, 16);
            Text($"{at}.TownName", delivery.TownName, 35, required: true);
            Text($"{at}.CountrySubDivision", delivery.CountrySubDivision, 35);
            Country($"{at}.Country", delivery.Country, required: true);
        }
    }

    /// <summary>OBSupplementaryData1 is an object.</summary>
    public void SupplementaryData(string path, RawJson? data)
    {
        if (data is not null && data.Value.ValueKind != JsonValueKind.Object)
        {
            Add(path, $"is a JSON {data.Value.ValueKind.ToString().ToLowerInvariant()}, not an object");
        }
    }

    private static readonly IReadOnlySet<string> FinancialInstitutionSchemes = new HashSet<string>(StringComparer.Ordinal) { "UK.OBIE.BICFI" };

    private void Lines(string path, EquatableList<string>? lines, int most)
    {
        if (lines is null)
        {
            return;
        }

        if (lines.Count > most)
        {
            Add(path, $"has {lines.Count} lines, more than {most}");
        }

        for (var i = 0; i < lines.Count; i++)
        {
            Text($"{path}[{i}]", lines[i], 70, required: true);
        }
    }

    // A value as the message shows it: quoted, and cut short when long (a problem must read as one line).
    private static string Quote(string value) =>
        value.Length <= LongestQuote ? $"'{value}'" : $"'{value[..LongestQuote]}…'";
}
