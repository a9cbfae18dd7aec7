namespace OpenBanking.Core.Payments;

/// <summary>Where a payment that needs several of the PSU's authorisers stands (<c>Data.MultiAuthorisation</c>).</summary>
/// <param name="Status">Authorised, awaiting more authorisations, or rejected.</param>
/// <param name="NumberRequired">How many authorisations it needs.</param>
/// <param name="NumberReceived">How many it has.</param>
/// <param name="LastUpdateDateTime">When the last one was given.</param>
/// <param name="ExpirationDateTime">When the authorisations must be complete by.</param>
public sealed record MultiAuthorisation(
    MultiAuthorisationStatus Status,
    int? NumberRequired = null,
    int? NumberReceived = null,
    DateTimeOffset? LastUpdateDateTime = null,
    DateTimeOffset? ExpirationDateTime = null);
