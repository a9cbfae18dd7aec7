using System.Text;
using System.Text.Encodings.Web;
using MockAspsp.Domain;
using MockAspsp.Seed;

namespace MockAspsp.Features.OAuth;

/// <summary>The PSU-facing pages: log in, choose accounts, approve or decline. Plain HTML, no scripts.</summary>
public static class AuthorizePage
{
    /// <summary>The login form for a validated request.</summary>
    public static string Login(string session, AuthorizationRequest request, Consent consent, string? problem = null) => Page("Log in to Mock ASPSP", $"""
        <p><strong>{E(request.ClientId)}</strong> asks to see your account information.</p>
        <p>Permissions: {E(string.Join(", ", consent.Permissions))}</p>
        {(problem is null ? "" : $"<p class=\"problem\">{E(problem)}</p>")}
        <form method="post" action="/authorize/login">
          <input type="hidden" name="session" value="{E(session)}">
          <label>User name <input name="username" autocomplete="username" required></label>
          <label>Password <input name="password" type="password" autocomplete="current-password" required></label>
          <button type="submit">Log in</button>
        </form>
        <p class="hint">Seeded customers: amelia, oliver, northwind (see the README for passwords).</p>
        """);

    /// <summary>The account picker with Approve and Decline.</summary>
    public static string Accounts(string session, AuthorizationRequest request, string customer)
    {
        var rows = new StringBuilder();
        foreach (var account in SeedData.Bank.AccountsOf(customer))
        {
            rows.Append($"""
                <label><input type="checkbox" name="accounts" value="{E(account.AccountId)}" checked>
                  {E(account.Description)} ({E(account.Currency)}) ···{E(account.Identification[^4..])}</label>
                """);
        }

        return Page("Choose accounts", $"""
            <p>Share these accounts with <strong>{E(request.ClientId)}</strong>:</p>
            <form method="post" action="/authorize/decision">
              <input type="hidden" name="session" value="{E(session)}">
              {rows}
              <button type="submit" name="decision" value="approve">Approve</button>
              <button type="submit" name="decision" value="deny">Decline</button>
            </form>
            """);
    }

    /// <summary>An error page: the request cannot be shown to the PSU, and must not be redirected anywhere.</summary>
    public static string Error(string error, string description) =>
        Page("This request cannot be authorised", $"<p><code>{E(error)}</code>: {E(description)}</p>");

    internal const string Style = "body{font-family:sans-serif;max-width:32rem;margin:3rem auto}label{display:block;margin:.6rem 0}.problem{color:#a00}.hint{color:#666}";

    private static string Page(string title, string body) => $"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>{E(title)}</title>
        <style>{Style}</style>
        </head><body><h1>{E(title)}</h1>
        {body}
        </body></html>
        """;

    private static string E(string text) => HtmlEncoder.Default.Encode(text);
}
