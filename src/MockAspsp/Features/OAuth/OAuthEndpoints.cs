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
        // Everything the PSU's browser is shown, pages and redirects alike, goes out with the same security headers.
        var pages = routes.MapGroup("/authorize").AddEndpointFilter(PsuPageHeaders.Filter);
        pages.MapGet("/", Authorize);
        pages.MapPost("/login", Login).DisableAntiforgery();
        pages.MapPost("/decision", Decision).DisableAntiforgery();
        // A JSON API for tests and CI, never shown in a browser (its answers are recorded in fixtures/recorded).
        routes.MapPost("/authorize/headless", Headless).DisableAntiforgery();
        return routes;
    }

    private static async Task<IResult> Token(HttpContext context, MockBank bank)
    {
        // The certificate first: a client without one gets no further, and its body is never read.
        var now = bank.Time.GetUtcNow();
        var certificate = bank.Certificate(context, now).MapLeft(OAuthError.InvalidClient);
        var authorization = context.Request.Headers.Authorization.ToString();
        var issued = await certificate.MatchAsync(
            RightAsync: async cert => await (await Form(context)).MatchAsync(
                RightAsync: async fields =>
                {
                    var input = new TokenRequestInput(authorization.Length > 0 ? authorization : null, fields, cert);
                    var authenticated = await ClientAuthentication.Authenticate(input, bank.Clients, bank.Issuer, now, bank.Options);
                    return authenticated.Bind(client => bank.Store.Update(state => TokenGrants.Decide(state, input, client, bank.Ids, now, bank.Options)));
                },
                Left: error => error),
            Left: error => error);
        return issued.Match(Right: tokens => TokenResponse(tokens, bank, now), Left: error => error.ToResult());
    }

    /// <summary>The token request's form: only application/x-www-form-urlencoded, read by <see cref="RequestBody"/>, no parameter repeated.</summary>
    private static async Task<Either<OAuthError, IReadOnlyDictionary<string, string>>> Form(HttpContext context)
    {
        if (!IsMediaType(context.Request.ContentType, "application/x-www-form-urlencoded"))
        {
            return OAuthError.InvalidRequest("the token request must be application/x-www-form-urlencoded");
        }

        return (await RequestBody.Form(context)).Match(
            Right: fields => fields.Any(f => f.Value.Count > 1)
                ? OAuthError.InvalidRequest("a parameter is repeated (RFC 6749 §3.2)")
                : Prelude.Right<OAuthError, IReadOnlyDictionary<string, string>>(fields.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal)),
            Left: problem => problem.OAuth());
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
            body["id_token"] = bank.IdTokens.Create(subject, Alg(bank, subject.ClientId), now);
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
                var state = bank.Store.Update(s =>
                {
                    var opened = AuthorizationDecisions.OpenSession(s, session, request, now);
                    return (opened, opened);
                });
                return Html(AuthorizePage.Login(session, request, state));
            },
            Left: error => Html(AuthorizePage.Error(error.Error, error.Description), error.Status));
    }

    private static Task<IResult> Login(HttpContext context, MockBank bank) => WithForm(context, "the login form", form =>
    {
        var session = form["session"].ToString();
        var now = bank.Time.GetUtcNow();
        var customer = AuthorizationDecisions.Session(bank.Store.Current, session, now)
            .Bind(visit => bank.Logins.LogIn(form["username"], form["password"], visit.Request.ConsentId, now));
        var loggedIn = bank.Store.Update(s => AuthorizationDecisions.LogIn(s, session, customer, now));
        return loggedIn.Match(
            Right: visit => Html(AuthorizePage.Accounts(session, visit.Request, visit.Customer!, bank.Store.Current)),
            Left: error => AuthorizationDecisions.Session(bank.Store.Current, session, now).Match(
                Right: visit => Html(AuthorizePage.Login(session, visit.Request, bank.Store.Current, Sentence(error.Description)), error.Status),
                Left: _ => Html(AuthorizePage.Error(error.Error, error.Description), error.Status)));
    });

    private static Task<IResult> Decision(HttpContext context, MockBank bank) => WithForm(context, "the decision", form =>
    {
        var sessionId = form["session"].ToString();
        var now = bank.Time.GetUtcNow();
        var code = bank.Ids.Secret("code");
        var decided = bank.Store.Update(state => AuthorizationDecisions.Session(state, sessionId, now).Match(
            Right: visit => visit.Customer is null
                ? (state, OAuthError.InvalidRequest("log in first"))
                : AuthorizationDecisions.Decide(state, visit.Request, visit.Customer, [.. form["accounts"]], form["decision"] == "approve", code, now, bank.Options, sessionId),
            Left: error => (state, Prelude.Left<OAuthError, AuthorizationDecision>(error))));
        return decided.Match(
            Right: decision => Results.Redirect(RedirectUrl(bank, decision, now)),
            Left: error => Html(AuthorizePage.Error(error.Error, error.Description), error.Status));
    });

    /// <summary>A PSU form's handler, given the form; a body that is not a form, too large or malformed gets the error page.</summary>
    private static async Task<IResult> WithForm(HttpContext context, string what, Func<IFormCollection, IResult> handle)
    {
        if (!context.Request.HasFormContentType)
        {
            return Html(AuthorizePage.Error("invalid_request", $"{what} must be posted as a form"), 400);
        }

        return (await RequestBody.Form(context)).Match(
            Right: handle,
            Left: problem => Html(AuthorizePage.Error("invalid_request", problem.Reason), problem.Status));
    }

    private static string Sentence(string description) => $"{char.ToUpperInvariant(description[0])}{description[1..]}.";

    /// <summary>
    /// The whole PSU journey in one call, for tests and CI: <c>{"consent_url", "username", "password", "accounts"?, "approve"?}</c>
    /// → <c>{"redirect_url"}</c>. The consent URL gets exactly the checks the browser page's does.
    /// </summary>
    private static async Task<IResult> Headless(HttpContext context, MockBank bank)
    {
        if (!IsMediaType(context.Request.ContentType, "application/json"))
        {
            return OAuthError.InvalidRequest("the body must be application/json").ToResult();
        }

        var bytes = await RequestBody.Json(context);
        if (bytes.IsLeft)
        {
            return bytes.Match(Right: _ => Results.Empty, Left: problem => problem.OAuth().ToResult());
        }

        HeadlessApproval? body;
        try
        {
            body = JsonSerializer.Deserialize<HeadlessApproval>(bytes.Match(Right: b => b, Left: _ => []), HeadlessJson.Options);
        }
        catch (JsonException e)
        {
            return OAuthError.InvalidRequest($"the body must be JSON: {{\"consent_url\", \"username\", \"password\", \"accounts\"?, \"approve\"?}} ({e.Message.Split('.')[0]})").ToResult();
        }

        if (body?.ConsentUrl is null || !Uri.TryCreate(body.ConsentUrl, UriKind.Absolute, out var consentUrl))
        {
            return OAuthError.InvalidRequest("consent_url must be the absolute URL the PSU would open").ToResult();
        }

        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(consentUrl.Query)
            .ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
        var now = bank.Time.GetUtcNow();
        var validated = await RequestObjectValidator.Validate(query, bank.Clients, bank.Issuer, bank.Store.Current, now, bank.Options);
        var code = bank.Ids.Secret("code");
        var decided = validated.Bind(request => bank.Logins.LogIn(body.Username, body.Password, request.ConsentId, now)
            .Bind(customer => bank.Store.Update(state => AuthorizationDecisions.Decide(state, request, customer, body.Accounts, body.Approve ?? true, code, now, bank.Options))));
        return decided.Match(
            // The answer holds a code and an id_token: never cached, as a token response (RFC 6749 §5.1).
            Right: decision => new ErrorResults.NoStoreJson(HeadlessAnswer(bank, decision, now), 200, null),
            Left: error => error.ToResult());
    }

    /// <summary>The redirect URL and, for a payment consent, what the PSU approved (or declined): payee, amount, reference, charges, account.</summary>
    private static JsonObject HeadlessAnswer(MockBank bank, AuthorizationDecision decision, DateTimeOffset now)
    {
        var answer = new JsonObject { ["redirect_url"] = RedirectUrl(bank, decision, now) };
        if (bank.Store.Current.PaymentConsents.TryGetValue(decision.Request.ConsentId, out var payment))
        {
            answer["payment"] = Pisp.PaymentSummary.Json(payment);
        }

        return answer;
    }

    private static string RedirectUrl(MockBank bank, AuthorizationDecision decision, DateTimeOffset now)
    {
        var request = decision.Request;
        var idToken = decision.Code is { } code
            ? bank.IdTokens.Create(new IdTokenSubject(request.ClientId, request.ConsentId, request.Nonce, code.AuthTime), Alg(bank, request.ClientId), now, code.Value, request.State)
            : null;
        return AuthorizationDecisions.Redirect(request, AuthorizationDecisions.RedirectParameters(decision, idToken, bank.Issuer.Value));
    }

    private static string Alg(MockBank bank, string clientId) => bank.Clients.Find(clientId)?.Registration.IdTokenSignedResponseAlg ?? "PS256";

    internal static bool IsMediaType(string? contentType, string mediaType) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && string.Equals(parsed.MediaType.Value, mediaType, StringComparison.OrdinalIgnoreCase);

    private static IResult Html(string html, int status = 200) => Results.Content(html, "text/html; charset=utf-8", statusCode: status);
}
