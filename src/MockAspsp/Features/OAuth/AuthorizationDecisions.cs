using System.Collections.Immutable;
using LanguageExt;
using MockAspsp.Domain;
using MockAspsp.Fapi;
using MockAspsp.Hosting;
using MockAspsp.Seed;

namespace MockAspsp.Features.OAuth;

/// <summary>The PSU's answer to an authorisation request, decided purely on the bank's state.</summary>
public static class AuthorizationDecisions
{
    /// <summary>
    /// Approves: the consent becomes Authorised for <paramref name="accountIds"/> (all the customer's accounts when
    /// none are named), and a single-use code is issued. The consent must still await authorisation, and every
    /// account must be the customer's.
    /// </summary>
    public static (BankState State, Either<OAuthError, AuthorizationCode> Result) Approve(
        BankState state, AuthorizationRequest request, string customer, IReadOnlyList<string>? accountIds, MockIds ids, DateTimeOffset now, MockAspspOptions options)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        if (Awaiting(state, request) is not { } consent)
        {
            return (state, new OAuthError(400, "invalid_request", "the consent no longer awaits authorisation"));
        }

        var owned = SeedData.Bank.AccountsOf(customer).Select(a => a.AccountId).ToList();
        var chosen = accountIds is { Count: > 0 } ? accountIds.Distinct().ToList() : owned;
        if (chosen.FirstOrDefault(id => !owned.Contains(id)) is { } foreign)
        {
            return (state, new OAuthError(400, "invalid_request", $"account '{foreign}' is not one of this customer's accounts"));
        }

        var authorised = consent with
        {
            Status = ConsentStatus.Authorised,
            StatusUpdateDateTime = now,
            Customer = customer,
            AccountIds = [.. chosen],
        };
        var code = new AuthorizationCode(ids.Secret("code"), request.ClientId, request.RedirectUri, consent.ConsentId, request.Nonce, request.Scope,
            now, now.AddSeconds(options.AuthorizationCodeLifetimeSeconds));
        return (state with
        {
            Consents = state.Consents.SetItem(consent.ConsentId, authorised),
            Codes = state.Codes.Add(code.Value, code),
        }, code);
    }

    /// <summary>Declines: the consent becomes Rejected.</summary>
    public static (BankState State, Either<OAuthError, Unit> Result) Deny(BankState state, AuthorizationRequest request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(request);
        return Awaiting(state, request) is { } consent
            ? (state with { Consents = state.Consents.SetItem(consent.ConsentId, consent with { Status = ConsentStatus.Rejected, StatusUpdateDateTime = now }) }, Prelude.unit)
            : (state, new OAuthError(400, "invalid_request", "the consent no longer awaits authorisation"));
    }

    /// <summary>
    /// The redirect back to the TPP: parameters in the fragment for the hybrid flow, in the query for the code flow
    /// (OAuth 2.0 Multiple Response Type Encoding Practices §5).
    /// </summary>
    public static string Redirect(AuthorizationRequest request, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        ArgumentNullException.ThrowIfNull(request);
        var encoded = string.Join("&", parameters.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
        var separator = request.ResponseType.Contains("id_token", StringComparison.Ordinal) ? "#" : request.RedirectUri.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        return request.RedirectUri + separator + encoded;
    }

    private static Consent? Awaiting(BankState state, AuthorizationRequest request) =>
        state.Consents.TryGetValue(request.ConsentId, out var consent) && consent.ClientId == request.ClientId
        && consent.Status == ConsentStatus.AwaitingAuthorisation
            ? consent
            : null;
}
