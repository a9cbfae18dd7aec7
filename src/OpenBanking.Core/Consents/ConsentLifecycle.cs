using LanguageExt;
using OpenBanking.Core.Errors;

namespace OpenBanking.Core.Consents;

/// <summary>
/// Pure rules that read a consent's life out of the bank's answers: whether a consent can be used now, and what a refusal
/// says about the consent (a status the request is not allowed in, a consent the bank no longer knows, a PSU who must
/// authorise again). v3.1.11 and v4.0 answers read the same (<see cref="ConsentStatus"/>, <see cref="ApiError.Meaning"/>).
/// </summary>
public static class ConsentLifecycle
{
    /// <summary>
    /// The consent when it can be used at <paramref name="now"/>: Authorised and its ExpirationDateTime (if any) not passed.
    /// Otherwise a <see cref="ConsentNotUsableError"/> naming why. A v3.1.11 bank has no Expired status, so an Authorised
    /// consent past its ExpirationDateTime is Expired too.
    /// </summary>
    public static Either<OpenBankingError, AccountAccessConsent> Assess(AccountAccessConsent consent, DateTimeOffset now, string operation = "GET account-access-consents")
    {
        ArgumentNullException.ThrowIfNull(consent);
        ConsentProblem? problem = consent.Status switch
        {
            ConsentStatus.AwaitingAuthorisation => ConsentProblem.AwaitingAuthorisation,
            ConsentStatus.Rejected => ConsentProblem.Rejected,
            ConsentStatus.Revoked => ConsentProblem.Revoked,
            ConsentStatus.Expired => ConsentProblem.Expired,
            _ when consent.ExpirationDateTime <= now => ConsentProblem.Expired,
            _ => null,
        };
        return problem is { } p ? new ConsentNotUsableError(operation, consent.ConsentId, p) : consent;
    }

    /// <summary>
    /// What a failed read of the consent itself (GET account-access-consents/{ConsentId}) says: a 400 or 404 with
    /// Resource.NotFound (or no recognised code) means the bank no longer knows the consent — v3.1.11 banks answer 400
    /// for a deleted one — and becomes <see cref="ConsentProblem.Deleted"/>; anything else is <see cref="Explain"/>ed.
    /// </summary>
    public static OpenBankingError ExplainRead(OpenBankingError error, string consentId)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error is ApiError { Status: 400 or 404 } api && api.Meaning is ApiErrorMeaning.ResourceNotFound or ApiErrorMeaning.Unrecognised
            ? new ConsentNotUsableError(api.Operation, consentId, ConsentProblem.Deleted, api)
            : Explain(error, consentId);
    }

    /// <summary>
    /// What a refusal of any request made under a consent says about it: InvalidConsentStatus (v3 or v4 code) becomes a
    /// <see cref="ConsentNotUsableError"/> (<see cref="ConsentProblem.StatusUnknown"/>: the bank does not say which status);
    /// Reauthenticate becomes a <see cref="ReauthenticateError"/>. Every other error is returned as it is.
    /// </summary>
    public static OpenBankingError Explain(OpenBankingError error, string? consentId = null)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error switch
        {
            ApiError { Meaning: ApiErrorMeaning.Reauthenticate } api =>
                new ReauthenticateError(api.Operation, $"the bank answered HTTP {api.Status} with a Reauthenticate error", api),
            ApiError { Meaning: ApiErrorMeaning.InvalidConsentStatus } api =>
                new ConsentNotUsableError(api.Operation, consentId, ConsentProblem.StatusUnknown, api),
            _ => error,
        };
    }
}
