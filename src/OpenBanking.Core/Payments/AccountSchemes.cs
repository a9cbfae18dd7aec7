using System.Buffers;

namespace OpenBanking.Core.Payments;

/// <summary>
/// The account identification schemes of the Payment Initiation API (OBExternalAccountIdentification4Code, a namespaced
/// enumeration: a bank may add <c>CC.Bank.Scheme</c> codes of its own) and the rules their identifiers follow.
/// </summary>
public static class AccountSchemes
{
    /// <summary>UK sort code and account number: 6 + 8 digits.</summary>
    public const string SortCodeAccountNumber = "UK.OBIE.SortCodeAccountNumber";

    /// <summary>International Bank Account Number (ISO 13616).</summary>
    public const string Iban = "UK.OBIE.IBAN";

    /// <summary>A card's primary account number (ISO/IEC 7812).</summary>
    public const string Pan = "UK.OBIE.PAN";

    /// <summary>Basic Bank Account Number: the national part of an IBAN.</summary>
    public const string Bban = "UK.OBIE.BBAN";

    /// <summary>A Paym mobile number.</summary>
    public const string Paym = "UK.OBIE.Paym";

    /// <summary>An e-wallet.</summary>
    public const string Wallet = "UK.OBIE.Wallet";

    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");
    private static readonly SearchValues<char> UpperCaseLettersAndDigits = SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    /// <summary>The schemes the spec lists.</summary>
    public static IReadOnlySet<string> Known { get; } = new HashSet<string>(StringComparer.Ordinal) { Bban, Iban, Pan, Paym, SortCodeAccountNumber, Wallet };

    /// <summary>
    /// Why <paramref name="identification"/> is not an identifier of <paramref name="schemeName"/>, or null when it is, or
    /// when the scheme has no rule here (BBAN, Paym, Wallet, a bank's own). Sort code and account number: exactly 14 digits
    /// (the spec's namespaced enumeration: the 6 digit sort code then the 8 digit account number). IBAN: two letters, two
    /// check digits and 11 to 30 letters or digits whose ISO 7064 MOD 97-10 checksum holds. PAN: 8 to 19 digits (ISO/IEC 7812).
    /// </summary>
    public static string? Problem(string schemeName, string identification)
    {
        ArgumentNullException.ThrowIfNull(schemeName);
        ArgumentNullException.ThrowIfNull(identification);
        return schemeName switch
        {
            SortCodeAccountNumber when identification.Length != 14 || identification.AsSpan().ContainsAnyExcept(Digits) =>
                "is not a sort code and account number: 14 digits, the 6 of the sort code then the 8 of the account number",
            Iban => IbanProblem(identification),
            Pan when identification.Length is < 8 or > 19 || identification.AsSpan().ContainsAnyExcept(Digits) =>
                "is not a card number: 8 to 19 digits",
            _ => null,
        };
    }

    /// <summary>True when <paramref name="iban"/> is an IBAN in its electronic form whose check digits are right.</summary>
    public static bool IsIban(string iban)
    {
        ArgumentNullException.ThrowIfNull(iban);
        return IbanProblem(iban) is null;
    }

    private static string? IbanProblem(string iban)
    {
        if (iban.Length is < 15 or > 34 || iban.AsSpan().ContainsAnyExcept(UpperCaseLettersAndDigits)
            || !char.IsAsciiLetterUpper(iban[0]) || !char.IsAsciiLetterUpper(iban[1]) || !char.IsAsciiDigit(iban[2]) || !char.IsAsciiDigit(iban[3]))
        {
            return "is not an IBAN: a country code, two check digits and 11 to 30 letters or digits, without spaces";
        }

        return Mod97(iban) == 1 ? null : "is not an IBAN: its check digits are wrong (ISO 7064 MOD 97-10)";
    }

    // ISO 13616: the first four characters moved to the end, each letter read as two digits (A = 10 ... Z = 35), the
    // number taken modulo 97, a digit or two at a time so it never overflows.
    private static int Mod97(string iban)
    {
        var remainder = 0;
        foreach (var c in iban[4..] + iban[..4])
        {
            remainder = char.IsAsciiDigit(c) ? ((remainder * 10) + (c - '0')) % 97 : ((remainder * 100) + (c - 'A' + 10)) % 97;
        }

        return remainder;
    }
}
