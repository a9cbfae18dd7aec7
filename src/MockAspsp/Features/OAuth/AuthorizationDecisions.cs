using LanguageExt;
using MockAspsp.Domain;
using MockAspsp.Fapi;
using MockAspsp.Hosting;
using MockAspsp.Seed;

namespace MockAspsp.Features.OAuth;

/// <summary>The PSU's side of authorisation — sessions, login, the decision — decided purely on the bank's state.</summary>
public static class AuthorizationDecisions
{
    /// <summary>Starts a browser session for a validated request (and drops what has expired).</summary>
    public static BankState OpenSession(BankState state, string sessionId, AuthorizationRequest request, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        var pruned = state.Pruned(now);
        return pruned with { BrowserSessions = pruned.BrowserSessions.SetItem(sessionId, new BrowserSession(request, now)) };
    }

    /// <summary>The live session <paramref name="sessionId"/>, or why there is none.</summary>
    public static Either<OAuthError, BrowserSession> Session(BankState state, string? sessionId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        return sessionId is not null && state.BrowserSessions.TryGetValue(sessionId, out var session) && session.Started + BankState.BrowserSessionLifetime > now
            ? session
            : OAuthError.InvalidRequest("this authorisation session is unknown, finished or expired");
    }

    /// <summary>Records who logged in to <paramref name="sessionId"/>; a failed login (a Left customer) changes nothing.</summary>
    public static (BankState State, Either<OAuthError, BrowserSession> Result) LogIn(
        BankState state, string? sessionId, Either<OAuthError, string> customer, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        var loggedIn = Session(state, sessionId, now).Bind(session => customer.Map(c => session with { Customer = c }));
        return loggedIn.Match(
            Right: session => (state with { BrowserSessions = state.BrowserSessions.SetItem(sessionId!, session) }, loggedIn),
            Left: _ => (state, loggedIn));
    }

    /// <summary>
    /// The PSU approves or declines. Approving makes the consent Authorised for <paramref name="accountIds"/> and issues a
    /// single-use code; null accounts means all the customer's (headless only: a browser always says which); declining
    /// makes it Rejected. The consent must still await authorisation and not have expired, and every account must be the
    /// customer's. A browser session is closed in the same step.
    /// </summary>
    public static (BankState State, Either<OAuthError, AuthorizationDecision> Result) Decide(
        BankState state, AuthorizationRequest request, string customer, IReadOnlyList<string?>? accountIds, bool approve,
        string codeValue, DateTimeOffset now, MockAspspOptions options, string? sessionId = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        if (!state.Consents.TryGetValue(request.ConsentId, out var consent) || consent.ClientId != request.ClientId
            || consent.Status != ConsentStatus.AwaitingAuthorisation)
        {
            return (state, OAuthError.InvalidRequest("the consent no longer awaits authorisation"));
        }

        if (consent.ExpirationDateTime <= now)
        {
            return (state, OAuthError.InvalidRequest("the consent has expired"));
        }

        var closed = sessionId is null ? state : state with { BrowserSessions = state.BrowserSessions.Remove(sessionId) };
        if (!approve)
        {
            var rejected = consent with { Status = ConsentStatus.Rejected, StatusUpdateDateTime = now };
            return (closed with { Consents = closed.Consents.SetItem(consent.ConsentId, rejected) }, new AuthorizationDecision(request, null));
        }

        var owned = SeedData.Bank.AccountsOf(customer).Select(a => a.AccountId).ToList();
        if (accountIds is not null)
        {
            if (accountIds.Count == 0)
            {
                return (state, OAuthError.InvalidRequest("choose at least one account to share"));
            }

            if (accountIds.Contains(null))
            {
                return (state, OAuthError.InvalidRequest("an account id is null"));
            }

            if (accountIds.FirstOrDefault(id => !owned.Contains(id!)) is { } foreign)
            {
                return (state, OAuthError.InvalidRequest($"account '{foreign}' is not one of this customer's accounts"));
            }
        }

        var chosen = accountIds?.OfType<string>().Distinct().ToList() ?? owned;
        var authorised = consent with { Status = ConsentStatus.Authorised, StatusUpdateDateTime = now, Customer = customer, AccountIds = [.. chosen] };
        var code = new AuthorizationCode(codeValue, request.ClientId, request.RedirectUri, consent.ConsentId, request.Nonce, request.Scope,
            now, now.AddSeconds(options.AuthorizationCodeLifetimeSeconds));
        return (closed with
        {
            Consents = closed.Consents.SetItem(consent.ConsentId, authorised),
            Codes = closed.Codes.Add(code.Value, code),
        }, new AuthorizationDecision(request, code));
    }

    /// <summary>
    /// The parameters of the redirect back: code, state, id_token (hybrid flow) and iss (RFC 9207) when approved;
    /// error=access_denied, state and iss when declined. State is only sent back when the request had one.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> RedirectParameters(AuthorizationDecision decision, string? idToken, string issuer)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var parameters = decision.Code is { } code
            ? new List<KeyValuePair<string, string>> { KeyValuePair.Create("code", code.Value) }
            : [KeyValuePair.Create("error", "access_denied"), KeyValuePair.Create("error_description", "The PSU declined the consent")];
        if (decision.Request.State is { } state)
        {
            parameters.Add(KeyValuePair.Create("state", state));
        }

        if (decision.Approved && idToken is not null)
        {
            parameters.Add(KeyValuePair.Create("id_token", idToken));
        }

        parameters.Add(KeyValuePair.Create("iss", issuer));
        return parameters;
    }

    /// <summary>The redirect URL: the hybrid flow's parameters go in the fragment (OAuth 2.0 Multiple Response Type Encoding Practices §5).</summary>
    public static string Redirect(AuthorizationRequest request, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        ArgumentNullException.ThrowIfNull(request);
        var encoded = string.Join("&", parameters.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
        return $"{request.RedirectUri}#{encoded}";
    }
}
