namespace OpenBanking.Core.Payments;

/// <summary>
/// The answer to GET …-consents/{ConsentId}/funds-confirmation (OBWriteFundsConfirmationResponse1 <c>Data</c>). The spec
/// lets the bank leave the result out; then <see cref="FundsAvailableResult"/> is null.
/// </summary>
/// <param name="FundsAvailableResult">The result, when given.</param>
/// <param name="SupplementaryData">The bank's extra data, as it sent it.</param>
public sealed record FundsConfirmation(FundsAvailableResult? FundsAvailableResult = null, RawJson? SupplementaryData = null);
