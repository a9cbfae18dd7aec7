using System.Text;
using System.Text.Encodings.Web;
using MockAspsp.Domain;
using MockAspsp.Seed;

namespace MockAspsp.Features.OAuth;

/// <summary>The PSU-facing pages: log in, choose accounts, approve or decline. Plain HTML, no scripts.</summary>
public static class AuthorizePage
{
    /// <summary>The login form for a validated request: what the client asks for, then user name and password.</summary>
    public static string Login(string session, AuthorizationRequest request, BankState state, string? problem = null) => Page("Log in to Mock ASPSP", $"""
        {Asked(request, state)}
        {(problem is null ? "" : $"<p class=\"problem\">{E(problem)}</p>")}
        <form method="post" action="/authorize/login">
          <input type="hidden" name="session" value="{E(session)}">
          <label>User name <input name="username" autocomplete="username" required></label>
          <label>Password <input name="password" type="password" autocomplete="current-password" required></label>
          <button type="submit">Log in</button>
        </form>
        <p class="hint">Seeded customers: amelia, oliver, northwind (see the README for passwords).</p>
        """);

    /// <summary>The account picker with Approve and Decline: several accounts to share, or the one account to pay from.</summary>
    public static string Accounts(string session, AuthorizationRequest request, string customer, BankState state)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(state);
        if (state.PaymentConsents.TryGetValue(request.ConsentId, out var payment))
        {
            return PaymentAccounts(session, request, customer, payment);
        }

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

    /// <summary>What the client asks for: account information with its permissions, or a payment with its details.</summary>
    private static string Asked(AuthorizationRequest request, BankState state)
    {
        if (state.PaymentConsents.TryGetValue(request.ConsentId, out var payment))
        {
            return $"""
                <p><strong>{E(request.ClientId)}</strong> asks to make a payment from your account:</p>
                {Summary(payment)}
                """;
        }

        return $"""
            <p><strong>{E(request.ClientId)}</strong> asks to see your account information.</p>
            <p>Permissions: {E(string.Join(", ", state.Consents[request.ConsentId].Permissions))}</p>
            """;
    }

    private static string Summary(PaymentConsent payment) =>
        $"<dl>{string.Concat(Pisp.PaymentSummary.Lines(payment).Select(l => $"<dt>{E(l.Label)}</dt><dd>{E(l.Value)}</dd>"))}</dl>";

    /// <summary>The payment's details and the accounts it may be paid from, one to choose (the consent's own, when it names one).</summary>
    private static string PaymentAccounts(string session, AuthorizationRequest request, string customer, PaymentConsent payment)
    {
        var payable = Pisp.PaymentAuthorisation.Payable(payment, customer);
        var rows = new StringBuilder();
        foreach (var (account, i) in payable.Select((a, i) => (a, i)))
        {
            rows.Append($"""
                <label><input type="radio" name="accounts" value="{E(account.AccountId)}"{(i == 0 ? " checked" : "")} required>
                  {E(account.Description)} ({E(account.Currency)}) ···{E(account.Identification[^4..])}</label>
                """);
        }

        return Page("Approve the payment", $"""
            <p><strong>{E(request.ClientId)}</strong> asks to make this payment:</p>
            {Summary(payment)}
            <form method="post" action="/authorize/decision">
              <input type="hidden" name="session" value="{E(session)}">
              {(payable.Count == 0 ? "<p class=\"problem\">None of your accounts can make this payment.</p>" : $"<p>Pay from:</p>{rows}")}
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
