using System.Text.Json;
using System.Text.Json.Nodes;
using LanguageExt;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using MockAspsp.Domain;
using MockAspsp.Fapi;
using MockAspsp.Hosting;

namespace MockAspsp.Features.OAuth;

/// <summary>The authorisation server: /token, /authorize (browser pages) and /authorize/headless (for tests and CI).</summary>
public static class OAuthEndpoints
{
    /// <summary>Maps the OAuth endpoints.</summary>
    public static IEndpointRouteBuilder MapOAuth(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/token", Token).DisableAntiforgery();
        routes.MapGet("/authorize", Authorize);
        routes.MapPost("/authorize/login", Login).DisableAntiforgery();
        routes.MapPost("/authorize/decision", Decision).DisableAntiforgery();
        routes.MapPost("/authorize/headless", Headless).DisableAntiforgery();
        return routes;
    }

    private static async Task<IResult> Token(HttpContext context, MockBank bank)
    {
        if (!context.Request.HasFormContentType)
        {
            return OAuthError.InvalidRequest("the token request must be application/x-www-form-urlencoded").ToResult();
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (form.Any(f => f.Value.Count > 1))
        {
            return OAuthError.InvalidRequest("a parameter is repeated (RFC 6749 §3.2)").ToResult();
        }

        var now = bank.Time.GetUtcNow();
        var certificate = bank.Certificate(context, now);
        if (certificate.IsLeft)
        {
            return OAuthError.InvalidClient(certificate.Match(Right: _ => "", Left: r => r)).ToResult();
        }

        var input = new TokenRequestInput(
            context.Request.Headers.Authorization.ToString() is { Length: > 0 } authorization ? authorization : null,
            form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal),
            certificate.Match(Right: c => c, Left: _ => throw new InvalidOperationException()));
        var authenticated = await ClientAuthentication.Authenticate(input, bank.Clients, bank.Issuer, now, bank.Options);
        var issued = authenticated.Match(
            Right: client => bank.Store.Update(state => TokenGrants.Decide(state, input, client, bank.Ids, now, bank.Options)),
            Left: error => error);
        return issued.Match(
            Right: tokens => TokenResponse(tokens, bank, now),
            Left: error => error.ToResult());
    }

    private static ErrorResults.NoStoreJson TokenResponse(IssuedTokens tokens, MockBank bank, DateTimeOffset now)
    {
        var body = new JsonObject
        {
            ["access_token"] = tokens.AccessToken,
            ["token_type"] = "Bearer",
            ["expires_in"] = tokens.ExpiresIn,
            ["scope"] = tokens.Scope,
        };
        if (tokens.RefreshToken is not null)
        {
            body["refresh_token"] = tokens.RefreshToken;
        }

        if (tokens.IdToken is { } subject)
        {
            var alg = bank.Clients.Find(subject.ClientId)?.Registration.IdTokenSignedResponseAlg ?? "PS256";
            body["id_token"] = bank.IdTokens.Create(subject, alg, now);
        }

        return new ErrorResults.NoStoreJson(body, 200, null);
    }

    private static async Task<IResult> Authorize(HttpContext context, MockBank bank)
    {
        var query = context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
        var now = bank.Time.GetUtcNow();
        var validated = await RequestObjectValidator.Validate(query, bank.Clients, bank.Issuer, bank.Store.Current, now, bank.Options);
        return validated.Match(
            Right: request =>
            {
                var session = bank.Ids.Secret("session");
                bank.Store.Update(state => (state with { BrowserSessions = state.BrowserSessions.SetItem(session, new BrowserSession(request)) }, Prelude.unit));
                return Html(AuthorizePage.Login(session, request, bank.Store.Current.Consents[request.ConsentId]));
            },
            Left: error => Html(AuthorizePage.Error(error.Error, error.Description), error.Status));
    }

    private static async Task<IResult> Login(HttpContext context, MockBank bank)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var session = form["session"].ToString();
        if (!bank.Store.Current.BrowserSessions.TryGetValue(session, out var visit))
        {
            return Html(AuthorizePage.Error("invalid_request", "this authorisation session is unknown or finished"), 400);
        }

        var customer = bank.Psus.LogIn(form["username"], form["password"]);
        if (customer is null)
        {
            return Html(AuthorizePage.Login(session, visit.Request, bank.Store.Current.Consents[visit.Request.ConsentId], "Unknown user name or wrong password."), 401);
        }

        bank.Store.Update(state => (state with { BrowserSessions = state.BrowserSessions.SetItem(session, visit with { Customer = customer }) }, Prelude.unit));
        return Html(AuthorizePage.Accounts(session, visit.Request, customer));
    }

    private static async Task<IResult> Decision(HttpContext context, MockBank bank)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var session = form["session"].ToString();
        if (!bank.Store.Current.BrowserSessions.TryGetValue(session, out var visit) || visit.Customer is null)
        {
            return Html(AuthorizePage.Error("invalid_request", "this authorisation session is unknown, finished, or not logged in"), 400);
        }

        var approve = form["decision"] == "approve";
        var redirect = Decide(bank, visit.Request, visit.Customer, [.. form["accounts"].OfType<string>()], approve);
        bank.Store.Update(state => (state with { BrowserSessions = state.BrowserSessions.Remove(session) }, Prelude.unit));
        return redirect.Match(Right: url => Results.Redirect(url), Left: error => Html(AuthorizePage.Error(error.Error, error.Description), error.Status));
    }

    /// <summary>
    /// The whole PSU journey in one call, for tests and CI: <c>{"consent_url", "username", "password", "accounts"?, "approve"?}</c>
    /// → <c>{"redirect_url"}</c>. The consent URL gets exactly the checks the browser page's does.
    /// </summary>
    private static async Task<IResult> Headless(HttpContext context, MockBank bank)
    {
        HeadlessApproval? body;
        try
        {
            body = await context.Request.ReadFromJsonAsync<HeadlessApproval>(HeadlessJson.Options, context.RequestAborted);
        }
        catch (JsonException e)
        {
            return OAuthError.InvalidRequest($"the body must be JSON: {{\"consent_url\", \"username\", \"password\", \"accounts\"?, \"approve\"?}} ({e.Message.Split('.')[0]})").ToResult();
        }
        catch (InvalidOperationException)
        {
            return OAuthError.InvalidRequest("the body must be application/json").ToResult();
        }

        if (body?.ConsentUrl is null || !Uri.TryCreate(body.ConsentUrl, UriKind.Absolute, out var consentUrl))
        {
            return OAuthError.InvalidRequest("consent_url must be the absolute URL the PSU would open").ToResult();
        }

        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(consentUrl.Query)
            .ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
        var now = bank.Time.GetUtcNow();
        var validated = await RequestObjectValidator.Validate(query, bank.Clients, bank.Issuer, bank.Store.Current, now, bank.Options);
        if (validated.IsLeft)
        {
            return validated.Match(Right: _ => Results.Empty, Left: e => e.ToResult());
        }

        var customer = bank.Psus.LogIn(body.Username, body.Password);
        if (customer is null)
        {
            return new OAuthError(401, "access_denied", "unknown user name or wrong password").ToResult();
        }

        var request = validated.Match(Right: r => r, Left: _ => throw new InvalidOperationException());
        return Decide(bank, request, customer, body.Accounts, body.Approve ?? true).Match(
            Right: url => Results.Json(new JsonObject { ["redirect_url"] = url }),
            Left: error => error.ToResult());
    }

    private static Either<OAuthError, string> Decide(MockBank bank, AuthorizationRequest request, string customer, IReadOnlyList<string>? accounts, bool approve)
    {
        var now = bank.Time.GetUtcNow();
        var iss = KeyValuePair.Create("iss", bank.Issuer.Value);
        var state = KeyValuePair.Create("state", request.State);
        if (!approve)
        {
            return bank.Store.Update(s => AuthorizationDecisions.Deny(s, request, now)).Map(_ => AuthorizationDecisions.Redirect(request,
                [KeyValuePair.Create("error", "access_denied"), KeyValuePair.Create("error_description", "The PSU declined the consent"), state, iss]));
        }

        return bank.Store.Update(s => AuthorizationDecisions.Approve(s, request, customer, accounts, bank.Ids, now, bank.Options)).Map(code =>
        {
            var parameters = new List<KeyValuePair<string, string>> { KeyValuePair.Create("code", code.Value), state };
            if (request.ResponseType.Contains("id_token", StringComparison.Ordinal))
            {
                var alg = bank.Clients.Find(request.ClientId)?.Registration.IdTokenSignedResponseAlg ?? "PS256";
                var subject = new IdTokenSubject(request.ClientId, request.ConsentId, request.Nonce, code.AuthTime);
                parameters.Add(KeyValuePair.Create("id_token", bank.IdTokens.Create(subject, alg, now, code.Value, request.State)));
            }

            parameters.Add(iss);
            return AuthorizationDecisions.Redirect(request, parameters);
        });
    }

    private static IResult Html(string html, int status = 200) => Results.Content(html, "text/html; charset=utf-8", statusCode: status);
}
