namespace OpenBanking.Core.Errors;

/// <summary>
/// A check failed before anything was sent, or a security check on what came back failed:
/// an id_token claim, a JWS signature, the <c>state</c> of a redirect, a permission combination.
/// </summary>
/// <param name="Check">The check that failed, e.g. <c>id_token.c_hash</c> or <c>permissions</c>.</param>
/// <param name="Detail">What was found and what was expected.</param>
public sealed record ValidationError(string Check, string Detail) : OpenBankingError
{
    /// <inheritdoc />
    public override string Message => $"Check '{Check}' failed: {Detail}";
}
