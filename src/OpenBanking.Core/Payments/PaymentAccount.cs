namespace OpenBanking.Core.Payments;

/// <summary>
/// An account a payment is paid from or to (the <c>DebtorAccount</c> and <c>CreditorAccount</c> of every initiation, and
/// the refund account): an identification in a scheme (OBExternalAccountIdentification4Code), the account's name and a
/// secondary identification such as a building society roll number. Make one with <see cref="SortCodeAccountNumber"/>,
/// <see cref="Iban"/> or <see cref="Pan"/>, or with the constructor for any other scheme (kept as given). The identification
/// is checked against its scheme (<see cref="AccountSchemes.Problem"/>) when a request is validated.
/// </summary>
/// <param name="SchemeName">The scheme, e.g. <c>UK.OBIE.SortCodeAccountNumber</c> (<see cref="AccountSchemes"/>).</param>
/// <param name="Identification">The identifier in that scheme (at most 256 characters).</param>
/// <param name="Name">The account holder's name as the bank holds it (at most 350 characters; required for a creditor account).</param>
/// <param name="SecondaryIdentification">A roll number or similar (at most 34 characters).</param>
public sealed record PaymentAccount(string SchemeName, string Identification, string? Name = null, string? SecondaryIdentification = null)
{
    /// <summary>
    /// A UK account by sort code and account number (<c>UK.OBIE.SortCodeAccountNumber</c>): the identification is the six
    /// digits of the sort code and the eight of the account number, with the spaces and hyphens people write between them
    /// left out (<c>"12-34-56"</c>, <c>"1234 5678"</c> give <c>12345612345678</c>).
    /// </summary>
    public static PaymentAccount SortCodeAccountNumber(string sortCode, string accountNumber, string? name = null, string? secondaryIdentification = null)
    {
        ArgumentNullException.ThrowIfNull(sortCode);
        ArgumentNullException.ThrowIfNull(accountNumber);
        return new(AccountSchemes.SortCodeAccountNumber, Compact(sortCode) + Compact(accountNumber), name, secondaryIdentification);
    }

    /// <summary>
    /// An account by IBAN (<c>UK.OBIE.IBAN</c>), in its electronic form: spaces left out, letters in upper case
    /// (<c>"gb82 west 1234 5698 7654 32"</c> gives <c>GB82WEST12345698765432</c>). Its check digits are checked when a
    /// request is validated (ISO 13616 MOD 97-10).
    /// </summary>
    public static PaymentAccount Iban(string iban, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(iban);
        return new(AccountSchemes.Iban, iban.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant(), name);
    }

    /// <summary>A card account by its primary account number (<c>UK.OBIE.PAN</c>), spaces and hyphens left out.</summary>
    public static PaymentAccount Pan(string pan, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(pan);
        return new(AccountSchemes.Pan, Compact(pan), name);
    }

    private static string Compact(string value) => value.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
}
