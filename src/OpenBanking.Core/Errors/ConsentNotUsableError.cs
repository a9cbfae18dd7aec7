using OpenBanking.Core.Consents;

namespace OpenBanking.Core.Errors;

/// <summary>
/// The consent cannot be used: it is awaiting authorisation, rejected, revoked, expired or deleted (or the bank refused a
/// request for its status without naming it). Found by <see cref="ConsentLifecycle"/> from the consent or the bank's refusal.
/// </summary>
/// <param name="Operation">What was being done.</param>
/// <param name="ConsentId">The consent, when known.</param>
/// <param name="Problem">Why it cannot be used.</param>
/// <param name="Cause">The bank's refusal this was read from, if it was one.</param>
public sealed record ConsentNotUsableError(string Operation, string? ConsentId, ConsentProblem Problem, ApiError? Cause = null) : OpenBankingError
{
    /// <inheritdoc />
    public override string? InteractionId => Cause?.InteractionId;

    /// <inheritdoc />
    public override string Message
    {
        get
        {
            var consent = ConsentId is null ? "the consent" : $"consent {ConsentId}";
            var why = Problem switch
            {
                ConsentProblem.AwaitingAuthorisation => "is awaiting authorisation: the PSU has not approved it yet",
                ConsentProblem.Rejected => "was rejected: create a new consent and ask the PSU again",
                ConsentProblem.Revoked => "was revoked by the PSU: create a new consent and ask the PSU again",
                ConsentProblem.Expired => "has expired: create a new consent and ask the PSU again",
                ConsentProblem.Deleted => "is unknown to the bank (deleted): create a new consent and ask the PSU again",
                _ => "is not in a status that allows this (the bank did not say which; read the consent to find out)",
            };
            var cause = Cause is null ? "" : $" [{string.Join("; ", Cause.Errors)}]";
            return $"{Operation}: {consent} {why}{cause}";
        }
    }
}
