using OpenBanking.Conformance.Endpoints;
using OpenBanking.Conformance.Traffic;
using OpenBanking.Core.Protocol;

namespace OpenBanking.Conformance.Rules;

/// <summary>Token requests: the grant, its parameters and the client's authentication (RFC 6749, RFC 7521/7523, RFC 8705, FAPI 1.0).</summary>
public static class TokenRequestRules
{
    private static readonly string[] Grants = [GrantTypes.ClientCredentials, GrantTypes.AuthorizationCode, GrantTypes.RefreshToken];

    /// <summary>The rules.</summary>
    public static IReadOnlyList<Rule> All { get; } =
    [
        new(new("TPP-TOK-001", Severity.Error, "A token request is a POST of an application/x-www-form-urlencoded body",
                "RFC 6749 §3.2 and §4.4.2",
                "POST the parameters as a form (Content-Type: application/x-www-form-urlencoded), not as JSON or in the query"),
            view => Token(view) && (view.Request.Method != "POST" || view.Request.Body is not RecordedBody.Form || view.Request.MediaType != "application/x-www-form-urlencoded")
                ? [new("$.request.body", $"the request is a {view.Request.Method} with {(view.Request.MediaType is { } type ? type : "no")} body")]
                : []),

        new(new("TPP-TOK-002", Severity.Error, "grant_type is client_credentials, authorization_code or refresh_token",
                "RFC 6749 §4.1.3, §4.4.2, §6; Open Banking Security Profile",
                "Use client_credentials for consents, authorization_code after the PSU's approval, refresh_token to renew"),
            view => Form(view) is not { } form ? []
                : form["grant_type"] is not { } grant ? [new("$.request.body.grant_type", "there is no grant_type")]
                : !Grants.Contains(grant) ? [new("$.request.body.grant_type", $"grant_type is '{grant}'")]
                : []),

        new(new("TPP-TOK-003", Severity.Error, "Each grant carries its parameters: scope (client_credentials), code and redirect_uri (authorization_code), refresh_token (refresh_token)",
                "RFC 6749 §4.1.3, §4.4.2, §6; Open Banking Security Profile (client credentials scope names the API: accounts, payments, fundsconfirmations)",
                "Send the parameters the grant needs"),
            view => Form(view) is { } form ? MissingParameters(form) : []),

        new(new("TPP-TOK-004", Severity.Error, "The client authenticates with exactly one method",
                "RFC 6749 §2.3 (a client MUST NOT use more than one authentication method in each request); RFC 8705 §2 for tls_client_auth",
                "Use only the method registered for the client: client_secret_basic (Authorization: Basic), client_secret_post (client_secret), private_key_jwt (client_assertion) or tls_client_auth (client_id and the transport certificate)"),
            view => Form(view) is { } form ? AuthenticationMethods(view.Request, form) : []),

        new(new("TPP-TOK-005", Severity.Error, "client_assertion comes with client_assertion_type urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
                "RFC 7521 §4.2; RFC 7523 §2.2",
                "Send client_assertion_type=urn:ietf:params:oauth:client-assertion-type:jwt-bearer with the client_assertion (and neither without the other)"),
            view => Form(view) is { } form ? AssertionType(form) : []),

        new(new("TPP-TOK-006", Severity.Error, "No token request parameter is sent twice",
                "RFC 6749 §3.1 and §3.2 (request and response parameters MUST NOT be included more than once)",
                "Send each parameter once"),
            view => Form(view) is { } form
                ? form.Fields.GroupBy(f => f.Key, StringComparer.Ordinal).Where(g => g.Count() > 1)
                    .Select(g => new Finding($"$.request.body.{g.Key}", $"{g.Key} is sent {g.Count()} times"))
                : []),

        new(new("TPP-TOK-007", Severity.Error, "A client credentials token asks for the scope of the consents it creates: payments for payment and VRP consents, accounts, fundsconfirmations",
                "Read/Write Data API Profile v3.1.11 §Pre-conditions for TPPs and §Scopes & Grant Types (the payments scope for the Payment Initiation APIs; each resource's table names its scope); "
                + "VRP API v3.1.11 (domestic-vrp-consents: scope payments); the bank refuses a token without it (403)",
                "Ask for the scope of the API whose consent you create next, e.g. scope=payments before POST /domestic-payment-consents"),
            view => Form(view) is { } form && form["grant_type"] == GrantTypes.ClientCredentials && form["scope"] is { Length: > 0 } scope
                ? ScopeShortfalls(view, scope)
                : []),
    ];

    /// <summary>What the consents created with this token (those after it, up to the next client credentials request) need and its scope lacks.</summary>
    private static IEnumerable<Finding> ScopeShortfalls(ExchangeView view, string scope)
    {
        var granted = scope.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return ConsentsCreatedWith(view).TryGetValue(view.Facts.CountBefore(view.Exchange.Number), out var consents)
            ? consents.Where(c => !granted.Contains(c.Scope, StringComparer.Ordinal)).DistinctBy(c => c.Scope)
                .Select(c => new Finding("$.request.body.scope", $"scope '{scope}' does not include {c.Scope}, which the consent created with this token needs (exchange #{c.Number}, POST {c.Template})"))
            : [];
    }

    private sealed record CreatedWith(int Number, string Template, string Scope);

    private static readonly object ConsentsIndex = new();

    /// <summary>For each client credentials token request (by position), the consents created after it and before the next one: the token is the one they are made with.</summary>
    private static Dictionary<int, List<CreatedWith>> ConsentsCreatedWith(ExchangeView view) =>
        view.Facts.Index(ConsentsIndex, facts =>
        {
            var created = new Dictionary<int, List<CreatedWith>>();
            List<CreatedWith>? current = null;
            for (var i = 0; i < facts.Traffic.Exchanges.Count; i++)
            {
                var exchange = facts.Traffic.Exchanges[i];
                if (facts.Endpoints[i].Kind == EndpointKind.Token && (exchange.Request.Body as RecordedBody.Form)?["grant_type"] == GrantTypes.ClientCredentials)
                {
                    created[i] = current = [];
                }
                else if (current is not null && facts.Endpoints[i].Kind == EndpointKind.Api && CreatedConsents.ScopeOf(facts.Endpoints[i].Operation) is { } needed)
                {
                    current.Add(new(exchange.Number, facts.Endpoints[i].Operation!.Template, needed));
                }
            }

            return created;
        });

    private static bool Token(ExchangeView view) => view.Endpoint.Kind == EndpointKind.Token;

    private static RecordedBody.Form? Form(ExchangeView view) => Token(view) ? view.Request.Body as RecordedBody.Form : null;

    private static List<Finding> AssertionType(RecordedBody.Form form)
    {
        var type = form["client_assertion_type"];
        var assertion = form["client_assertion"];
        return assertion is not null && type != GrantTypes.JwtBearerClientAssertion
            ? [new("$.request.body.client_assertion_type", type is null ? "client_assertion_type is missing" : $"client_assertion_type is '{type}'")]
            : assertion is null && type is not null
                ? [new("$.request.body.client_assertion", "client_assertion_type is sent without a client_assertion")]
                : [];
    }

    private static IEnumerable<Finding> MissingParameters(RecordedBody.Form form)
    {
        string[] needed = form["grant_type"] switch
        {
            GrantTypes.ClientCredentials => ["scope"],
            GrantTypes.AuthorizationCode => ["code", "redirect_uri"],
            GrantTypes.RefreshToken => ["refresh_token"],
            _ => [],
        };
        return needed.Where(n => string.IsNullOrEmpty(form[n]))
            .Select(n => new Finding($"$.request.body.{n}", $"the {form["grant_type"]} grant is sent without {n}"));
    }

    private static IEnumerable<Finding> AuthenticationMethods(RecordedRequest request, RecordedBody.Form form)
    {
        var used = new List<string>();
        if (request.Header("Authorization") is { } authorization && authorization.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            used.Add("client_secret_basic");
        }

        if (form["client_secret"] is not null)
        {
            used.Add("client_secret_post");
        }

        if (form["client_assertion"] is not null)
        {
            used.Add("private_key_jwt");
        }

        return used.Count switch
        {
            > 1 => [new("$.request.body", $"the request authenticates the client {used.Count} ways: {string.Join(", ", used)}")],
            0 when form["client_id"] is null => [new("$.request.body.client_id", "the request has no client authentication and no client_id (tls_client_auth needs client_id)")],
            _ => [],
        };
    }
}
