namespace OpenBanking.Core.Payments;

/// <summary>The bank's answer to a funds check (OBWriteFundsConfirmationResponse1 <c>Data.FundsAvailableResult</c>).</summary>
/// <param name="FundsAvailableDateTime">When the bank checked.</param>
/// <param name="FundsAvailable">Whether the debtor account holds enough for the payment.</param>
public sealed record FundsAvailableResult(DateTimeOffset FundsAvailableDateTime, bool FundsAvailable);
