using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenBanking.Load;

/// <summary>Every scenario of a run, and how each bank endpoint compares with its trivial twin at the same connections.</summary>
/// <param name="Warmup">The process warm-up (every endpoint in turn), or null when there was none: its failures count too.</param>
/// <param name="Scenarios">The measurements, in the order they ran.</param>
public sealed record LoadReport(ScenarioResult? Warmup, IReadOnlyList<ScenarioResult> Scenarios)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <summary>Failed requests in the whole run, warm-up included.</summary>
    public long Errors => (Warmup?.Errors ?? 0) + Scenarios.Sum(s => s.Errors);

    /// <summary>
    /// A bank endpoint's requests per second as a fraction of its trivial twin's at the same connection count; null for a
    /// twin, or when the run did not measure the twin there.
    /// </summary>
    public double? OfTrivial(ScenarioResult scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var twin = scenario.Endpoint switch
        {
            LoadEndpoint.Accounts => LoadEndpoint.AccountsTrivial,
            LoadEndpoint.Transactions => LoadEndpoint.TransactionsTrivial,
            _ => (LoadEndpoint?)null,
        };
        return Scenarios.FirstOrDefault(s => s.Endpoint == twin && s.Connections == scenario.Connections) is { RequestsPerSecond: > 0 } trivial
            ? scenario.RequestsPerSecond / trivial.RequestsPerSecond
            : null;
    }

    /// <summary>A Markdown table, as docs/benchmarks.md shows it.</summary>
    public void WriteTable(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine("| endpoint | connections | requests | req/s | of trivial | p50 ms | p99 ms | max ms | errors | connections opened | body bytes |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var s in Scenarios)
        {
            var ofTrivial = OfTrivial(s) is { } ratio ? string.Create(CultureInfo.InvariantCulture, $"{ratio * 100:0}%") : "";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {Name(s.Endpoint)} | {s.Connections} | {s.Requests:N0} | {s.RequestsPerSecond:N0} | {ofTrivial} | {s.P50Milliseconds:0.00} | {s.P99Milliseconds:0.00} | {s.MaxMilliseconds:0.0} | {s.Errors} | {s.ConnectionsOpened} | {s.ResponseBytes:N0} |"));
        }

        foreach (var failed in Scenarios.Prepend(Warmup).OfType<ScenarioResult>().Where(s => s.FirstError is not null))
        {
            output.WriteLine($"{(failed == Warmup ? "warm-up" : Name(failed.Endpoint))} at {failed.Connections} connections: {failed.Errors} errors, the first: {failed.FirstError}");
        }
    }

    /// <summary>The report as JSON (snake_case), with requests per second and the fraction of trivial for each scenario.</summary>
    public string ToJson() => JsonSerializer.Serialize(new
    {
        errors = Errors,
        warmup = Warmup is null ? null : new { Warmup.Requests, Warmup.Errors, Warmup.FirstError, Warmup.Seconds },
        scenarios = Scenarios.Select(s => new
        {
            s.Endpoint, s.Connections, s.Requests, s.Errors, s.FirstError, s.Seconds, RequestsPerSecond = s.RequestsPerSecond,
            s.P50Milliseconds, s.P99Milliseconds, s.MaxMilliseconds, s.ConnectionsOpened, s.ResponseBytes, OfTrivial = OfTrivial(s),
        }),
    }, Json);

    /// <summary>The command line's name of an endpoint: accounts, accounts-trivial, transactions, transactions-trivial.</summary>
    public static string Argument(LoadEndpoint endpoint) => endpoint switch
    {
        LoadEndpoint.AccountsTrivial => "accounts-trivial",
        LoadEndpoint.TransactionsTrivial => "transactions-trivial",
        _ => endpoint.ToString().ToLowerInvariant(),
    };

    /// <summary>How the table names an endpoint.</summary>
    public static string Name(LoadEndpoint endpoint) => endpoint switch
    {
        LoadEndpoint.Accounts => "GET accounts",
        LoadEndpoint.AccountsTrivial => "trivial, GET accounts' bytes",
        LoadEndpoint.Transactions => "GET transactions",
        LoadEndpoint.TransactionsTrivial => "trivial, GET transactions' bytes",
        _ => endpoint.ToString(),
    };
}
