using LanguageExt;
using MockAspsp.Domain;
using MockAspsp.Fapi;

namespace MockAspsp.Features.Aisp;

/// <summary>Account access consents: created, read and deleted by their client, decided purely on the bank's state.</summary>
public static class ConsentDecisions
{
    /// <summary>A new consent awaiting authorisation.</summary>
    public static (BankState State, Consent Consent) Create(BankState state, string clientId, string consentId, ConsentBody body, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(body);
        var consent = new Consent(consentId, clientId, ConsentStatus.AwaitingAuthorisation, body.Permissions, now, now,
            body.ExpirationDateTime, body.TransactionFromDateTime, body.TransactionToDateTime);
        return (state with { Consents = state.Consents.Add(consentId, consent) }, consent);
    }

    /// <summary>
    /// The client's own consent, or 400 UK.OBIE.Resource.NotFound: for an id that never existed, another client's consent
    /// (not even admitted to exist) and a consent its client deleted (Read/Write Data API Profile v3.1.11: "respond to
    /// subsequent GET requests with an Http Status of 400"; §400 v/s 404: a resource id that does not exist is a 400).
    /// </summary>
    public static Either<ObError, Consent> Read(BankState state, string clientId, string consentId)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.Consents.TryGetValue(consentId, out var consent) && consent.ClientId == clientId && consent.Status != ConsentStatus.Deleted
            ? consent
            : new ObError(400, ObCodes.NotFound, $"no consent '{consentId}' for this client", "ConsentId");
    }

    /// <summary>Deletes the client's consent (a soft delete: <see cref="ConsentStatus.Deleted"/>), and with it every token issued for it, at once.</summary>
    public static (BankState State, Either<ObError, Unit> Result) Delete(BankState state, string clientId, string consentId, DateTimeOffset now) =>
        Read(state, clientId, consentId).Match(
            Right: consent => ((state with
            {
                Consents = state.Consents.SetItem(consentId, consent with { Status = ConsentStatus.Deleted, StatusUpdateDateTime = now }),
            }).WithoutTokensOf(consentId), Prelude.Right<ObError, Unit>(Prelude.unit)),
            Left: error => (state, error));
}
