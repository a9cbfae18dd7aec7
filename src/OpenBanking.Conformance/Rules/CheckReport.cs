using OpenBanking.Core;

namespace OpenBanking.Conformance.Rules;

/// <summary>What checking one recording found.</summary>
/// <param name="Source">The recording's file (or other name).</param>
/// <param name="Exchanges">How many exchanges were checked.</param>
/// <param name="Rules">The rules that were run.</param>
/// <param name="Violations">Every failure, by exchange then rule id.</param>
/// <param name="Requests">What each exchange asked for (method and URL, secrets scrubbed), for reports; null when the report was made without them.</param>
public sealed record CheckReport(string Source, int Exchanges, EquatableList<RuleInfo> Rules, EquatableList<Violation> Violations, EquatableList<RequestLine>? Requests = null)
{
    /// <summary>The request line of exchange <paramref name="exchange"/>, or null when the report does not have it.</summary>
    public RequestLine? Request(int exchange) => Requests?.FirstOrDefault(r => r.Exchange == exchange);

    /// <summary>The failures of error severity.</summary>
    public int Errors => Violations.Count(v => v.Rule.Severity == Severity.Error);

    /// <summary>The failures of warning severity.</summary>
    public int Warnings => Violations.Count(v => v.Rule.Severity == Severity.Warning);

    /// <summary>True when no error-severity rule failed.</summary>
    public bool Passed => Errors == 0;
}

/// <summary>What one exchange asked for, as reports name it: <c>#3 POST https://bank.example/token</c>.</summary>
/// <param name="Exchange">The exchange's number in the recording (from 1).</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Url">The URL with its secrets (codes, tokens, request object signatures) scrubbed.</param>
public sealed record RequestLine(int Exchange, string Method, string Url)
{
    /// <summary>The request line of a recorded exchange, its URL scrubbed.</summary>
    public static RequestLine Of(Traffic.Exchange exchange)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        return new(exchange.Number, exchange.Request.Method, Fixtures.Secrets.Url(exchange.Request.Url.AbsoluteUri));
    }

    /// <inheritdoc />
    public override string ToString() => $"#{Exchange} {Method} {Url}";
}
