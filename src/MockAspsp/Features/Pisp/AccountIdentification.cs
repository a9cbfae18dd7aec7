using System.Numerics;
using System.Text.Json;
using MockAspsp.Fapi;
using MockAspsp.Seed;

namespace MockAspsp.Features.Pisp;

/// <summary>
/// Account identifications in payment orders (OBCashAccountCreditor3 / OBCashAccountDebtor4): the schemes the bank pays
/// to and from, and what each scheme's identification must look like.
/// </summary>
public static class AccountIdentification
{
    /// <summary>A UK sort code and account number: 14 digits.</summary>
    public const string SortCodeAccountNumber = "UK.OBIE.SortCodeAccountNumber";

    /// <summary>An IBAN (ISO 13616).</summary>
    public const string Iban = "UK.OBIE.IBAN";

    /// <summary>A card's primary account number.</summary>
    public const string Pan = "UK.OBIE.PAN";

    /// <summary>The schemes this bank supports; any other (BBAN, Paym, Wallet, a bank's own) is UK.OBIE.Unsupported.Scheme.</summary>
    public static IReadOnlyList<string> Supported { get; } = [SortCodeAccountNumber, Iban, Pan];

    /// <summary>
    /// The account at <paramref name="path"/> (already of the schema's shape): a supported scheme
    /// (UK.OBIE.Unsupported.Scheme), an identification well formed for it (UK.OBIE.Field.Invalid), and a secondary
    /// identification only where the bank uses one — a building society roll number with a sort code and account number
    /// (UK.OBIE.Unsupported.AccountSecondaryIdentifier).
    /// </summary>
    public static ObError? Check(JsonElement account, string path)
    {
        var scheme = account.GetProperty("SchemeName").GetString()!;
        var identification = account.GetProperty("Identification").GetString()!;
        if (!Supported.Contains(scheme))
        {
            return new ObError(400, ObCodes.UnsupportedScheme, $"{path}.SchemeName '{scheme}' is not supported; use {string.Join(", ", Supported)}", $"{path}.SchemeName");
        }

        var problem = scheme switch
        {
            SortCodeAccountNumber when !IsDigits(identification, 14, 14) => "must be 14 digits: a 6-digit sort code and an 8-digit account number",
            Iban when !IsIban(identification) => "must be an IBAN with a valid ISO 7064 mod-97 check (upper case, no spaces)",
            Pan when !IsDigits(identification, 12, 19) || !PassesLuhn(identification) => "must be a card number of 12 to 19 digits with a valid Luhn check digit",
            _ => null,
        };
        if (problem is not null)
        {
            return new ObError(400, ObCodes.FieldInvalid, $"{path}.Identification {problem} for {scheme}", $"{path}.Identification");
        }

        return account.TryGetProperty("SecondaryIdentification", out _) && scheme != SortCodeAccountNumber
            ? new ObError(400, ObCodes.UnsupportedAccountSecondaryIdentifier,
                $"{path}.SecondaryIdentification is only used with {SortCodeAccountNumber} (a roll number)", $"{path}.SecondaryIdentification")
            : null;
    }

    /// <summary>The bank's own account <paramref name="account"/> names, or null.</summary>
    public static BankAccount? Find(JsonElement account)
    {
        var scheme = account.GetProperty("SchemeName").GetString();
        var identification = account.GetProperty("Identification").GetString();
        return SeedData.Bank.Accounts.FirstOrDefault(a => a.SchemeName == scheme && a.Identification == identification);
    }

    /// <summary>
    /// ISO 13616: two letters, two check digits, up to 30 letters and digits; moved four characters, letters as 10–35,
    /// the number modulo 97 is 1.
    /// </summary>
    public static bool IsIban(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length is < 15 or > 34 || !char.IsAsciiLetterUpper(text[0]) || !char.IsAsciiLetterUpper(text[1])
            || !char.IsAsciiDigit(text[2]) || !char.IsAsciiDigit(text[3]) || !text.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c)))
        {
            return false;
        }

        var digits = string.Concat((text[4..] + text[..4]).Select(c => char.IsAsciiDigit(c) ? c.ToString() : (c - 'A' + 10).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return BigInteger.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) % 97 == 1;
    }

    private static bool IsDigits(string text, int least, int most) => text.Length >= least && text.Length <= most && text.All(char.IsAsciiDigit);

    // ISO/IEC 7812: from the right, every second digit doubled (less 9 when over 9); the sum a multiple of 10.
    private static bool PassesLuhn(string digits) =>
        digits.Reverse().Select((c, i) => (c - '0') * (i % 2 == 1 ? 2 : 1)).Sum(d => d > 9 ? d - 9 : d) % 10 == 0;
}
