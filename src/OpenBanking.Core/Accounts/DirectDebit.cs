namespace OpenBanking.Core.Accounts;

/// <summary>A direct debit mandate on an account (OBReadDirectDebit2 <c>Data.DirectDebit[]</c>).</summary>
/// <param name="AccountId">The account it is paid from.</param>
/// <param name="MandateIdentification">The mandate's reference, as the originator assigned it.</param>
/// <param name="Name">The originator's name.</param>
/// <param name="DirectDebitId">The bank's id for it.</param>
/// <param name="DirectDebitStatusCode">Active or inactive.</param>
/// <param name="PreviousPaymentDateTime">When it was last paid.</param>
/// <param name="Frequency">How often it is paid: an OBIE namespaced code such as <c>UK.OBIE.Monthly</c> (banks may add their own).</param>
/// <param name="PreviousPaymentAmount">The amount last paid.</param>
public sealed record DirectDebit(
    string AccountId,
    string MandateIdentification,
    string Name,
    string? DirectDebitId = null,
    DirectDebitStatus? DirectDebitStatusCode = null,
    DateTimeOffset? PreviousPaymentDateTime = null,
    string? Frequency = null,
    ObAmount? PreviousPaymentAmount = null);
