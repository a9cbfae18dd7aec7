namespace OpenBanking.Core.Errors;

/// <summary>
/// A submission (a payment or consent POST) got no answer that settles what happened: every attempt failed in transport or
/// with a 5xx, so the bank may or may not have acted on it. Submitting the same prepared request again (same
/// <c>x-idempotency-key</c>, same bytes) is safe: a bank that did act answers with what it made, and makes nothing twice.
/// </summary>
/// <param name="Operation">The submission, e.g. <c>POST domestic-payments</c>.</param>
/// <param name="IdempotencyKey">The key every attempt carried; resubmit with it.</param>
/// <param name="Attempts">How many times it was sent.</param>
/// <param name="LastError">What the last attempt ended with.</param>
public sealed record SubmissionOutcomeUnknown(string Operation, string IdempotencyKey, int Attempts, OpenBankingError LastError) : OpenBankingError
{
    /// <inheritdoc />
    public override string? InteractionId => LastError.InteractionId;

    /// <inheritdoc />
    public override string Message =>
        $"{Operation}: the outcome is unknown after {Attempts} attempt{(Attempts == 1 ? "" : "s")} with x-idempotency-key {IdempotencyKey}; "
        + $"the bank may have acted on it. Submit the same prepared request again to learn the outcome (it cannot be made twice). Last: {LastError.Message}";
}
