namespace OpenBanking.Core.Payments;

/// <summary>
/// The payment schemes a TPP may ask for in <c>Initiation.LocalInstrument</c> (OBExternalLocalInstrument1Code, a namespaced
/// enumeration: a bank may add <c>CC.Bank.Instrument</c> codes of its own).
/// </summary>
public static class LocalInstruments
{
#pragma warning disable CS1591 // the scheme names say what they are
    public const string Bacs = "UK.OBIE.BACS";
    public const string BalanceTransfer = "UK.OBIE.BalanceTransfer";
    public const string Chaps = "UK.OBIE.CHAPS";
    public const string Euro1 = "UK.OBIE.Euro1";
    public const string FasterPayments = "UK.OBIE.FPS";
    public const string Link = "UK.OBIE.Link";
    public const string MoneyTransfer = "UK.OBIE.MoneyTransfer";
    public const string Paym = "UK.OBIE.Paym";
    public const string SepaCreditTransfer = "UK.OBIE.SEPACreditTransfer";
    public const string SepaInstantCreditTransfer = "UK.OBIE.SEPAInstantCreditTransfer";
    public const string Swift = "UK.OBIE.SWIFT";
    public const string Target2 = "UK.OBIE.Target2";
#pragma warning restore CS1591

    /// <summary>The instruments the spec lists.</summary>
    public static IReadOnlySet<string> Known { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        Bacs, BalanceTransfer, Chaps, Euro1, FasterPayments, Link, MoneyTransfer, Paym, SepaCreditTransfer, SepaInstantCreditTransfer, Swift, Target2,
    };
}
