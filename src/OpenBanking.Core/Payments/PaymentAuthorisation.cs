namespace OpenBanking.Core.Payments;

/// <summary>How the PSU's authorisers must approve the consent (<c>Data.Authorisation</c>).</summary>
/// <param name="AuthorisationType">Any authoriser or a single one.</param>
/// <param name="CompletionDateTime">When the authorisation must be complete by; in the future when sent.</param>
public sealed record PaymentAuthorisation(AuthorisationType AuthorisationType, DateTimeOffset? CompletionDateTime = null);
