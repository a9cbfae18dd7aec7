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
    /// The PSU approves or declines. Approving an account access consent makes it Authorised for
    /// <paramref name="accountIds"/> (null means all the customer's: headless only, a browser always says which); approving
    /// a payment consent makes it Authorised to be paid from the one account <see cref="Pisp.PaymentAuthorisation"/>
    /// settles on. Either way a single-use code is issued; declining makes the consent Rejected. The consent must still
    /// await authorisation and not have expired. A browser session is closed in the same step.
    /// </summary>
    public static (BankState State, Either<OAuthError, AuthorizationDecision> Result) Decide(
        BankState state, AuthorizationRequest request, string customer, IReadOnlyList<string?>? accountIds, bool approve,
        string codeValue, DateTimeOffset now, MockAspspOptions options, string? sessionId = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        var closed = sessionId is null ? state : state with { BrowserSessions = state.BrowserSessions.Remove(sessionId) };
        var decided = state.PaymentConsents.ContainsKey(request.ConsentId)
            ? Pisp.PaymentAuthorisation.Decide(closed, request, customer, accountIds, approve, now)
            : AccountAccess(closed, request, customer, accountIds, approve, now);
        return decided.Match(
            Right: next =>
            {
                if (!approve)
                {
                    return (next, Prelude.Right<OAuthError, AuthorizationDecision>(new AuthorizationDecision(request, null)));
                }

                var code = new AuthorizationCode(codeValue, request.ClientId, request.RedirectUri, request.ConsentId, request.Nonce, request.Scope,
                    now, now.AddSeconds(options.AuthorizationCodeLifetimeSeconds));
                return (next with { Codes = next.Codes.Add(code.Value, code) }, new AuthorizationDecision(request, code));
            },
            Left: error => (state, Prelude.Left<OAuthError, AuthorizationDecision>(error)));
    }

    private static Either<OAuthError, BankState> AccountAccess(
        BankState state, AuthorizationRequest request, string customer, IReadOnlyList<string?>? accountIds, bool approve, DateTimeOffset now)
    {
        if (!state.Consents.TryGetValue(request.ConsentId, out var consent) || consent.ClientId != request.ClientId
            || consent.Status != ConsentStatus.AwaitingAuthorisation)
        {
            return OAuthError.InvalidRequest("the consent no longer awaits authorisation");
        }

        if (consent.ExpirationDateTime <= now)
        {
            return OAuthError.InvalidRequest("the consent has expired");
        }

        if (!approve)
        {
            return state with { Consents = state.Consents.SetItem(consent.ConsentId, consent with { Status = ConsentStatus.Rejected, StatusUpdateDateTime = now }) };
        }

        var owned = SeedData.Bank.AccountsOf(customer).Select(a => a.AccountId).ToList();
        if (accountIds is not null)
        {
            if (accountIds.Count == 0)
            {
                return OAuthError.InvalidRequest("choose at least one account to share");
            }

            if (accountIds.Contains(null))
            {
                return OAuthError.InvalidRequest("an account id is null");
            }

            if (accountIds.FirstOrDefault(id => !owned.Contains(id!)) is { } foreign)
            {
                return OAuthError.InvalidRequest($"account '{foreign}' is not one of this customer's accounts");
            }
        }

        var chosen = accountIds?.OfType<string>().Distinct().ToList() ?? owned;
        var authorised = consent with { Status = ConsentStatus.Authorised, StatusUpdateDateTime = now, Customer = customer, AccountIds = [.. chosen] };
        return state with { Consents = state.Consents.SetItem(consent.ConsentId, authorised) };
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
