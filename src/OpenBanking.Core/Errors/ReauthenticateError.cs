namespace OpenBanking.Core.Errors;

/// <summary>
/// The PSU must authorise again: the bank demanded it (<c>UK.OBIE.Reauthenticate</c>), or refused the refresh token
/// (<c>invalid_grant</c>). No retry can help.
/// </summary>
/// <param name="Operation">What was being done.</param>
/// <param name="Reason">How the bank said so.</param>
/// <param name="Cause">The bank's answer, when there was one.</param>
public sealed record ReauthenticateError(string Operation, string Reason, OpenBankingError? Cause = null) : OpenBankingError
{
    /// <inheritdoc />
    public override string? InteractionId => Cause?.InteractionId;

    /// <inheritdoc />
    public override string Message => $"{Operation}: the PSU must authorise again ({Reason})";
}
