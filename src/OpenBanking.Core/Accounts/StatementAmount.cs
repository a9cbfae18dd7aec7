namespace OpenBanking.Core.Accounts;

/// <summary>A balance or total of a statement (OBStatement2 <c>StatementAmount[]</c>).</summary>
/// <param name="CreditDebitIndicator">Whether it is in credit or debit.</param>
/// <param name="Type">A namespaced code such as <c>UK.OBIE.ClosingBalance</c>.</param>
/// <param name="Amount">The amount.</param>
/// <param name="LocalAmount">The amount in a local currency, if any.</param>
public sealed record StatementAmount(CreditDebitIndicator CreditDebitIndicator, string Type, ObAmount Amount, ObAmount? LocalAmount = null)
{
    /// <summary>The signed amount: negative for a debit.</summary>
    public decimal SignedAmount => CreditDebitIndicator == CreditDebitIndicator.Debit ? -Amount.Amount : Amount.Amount;
}
