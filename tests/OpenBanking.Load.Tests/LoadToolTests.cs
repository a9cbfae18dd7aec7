using System.Text.Json;
using NUnit.Framework;

namespace OpenBanking.Load.Tests;

/// <summary>
/// A short run of the load tool, so the load path cannot rot: its command line, the mock bank over real mutual TLS on
/// 127.0.0.1, every endpoint at two connection counts, no request failing, keep-alive holding, sane numbers. The
/// throughput floor is low on purpose — the suite runs test projects side by side on two cores — but a broken path
/// (every request failing, a reconnect per request, a stalled worker) is far below it.
/// </summary>
public class LoadToolTests
{
    [Test]
    public async Task A_short_run_measures_every_endpoint_over_kept_alive_mutual_tls_with_no_errors()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await LoadCommand.Run(
            ["--duration", "0.75", "--warmup", "0.25", "--process-warmup", "0.5", "--connections", "2,8", "--json"], output, error);

        Assert.That(exit, Is.EqualTo(LoadCommand.Success), error.ToString());
        var report = JsonDocument.Parse(output.ToString()).RootElement;
        var scenarios = report.GetProperty("scenarios").EnumerateArray().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(report.GetProperty("errors").GetInt64(), Is.Zero);
            Assert.That(report.GetProperty("warmup").GetProperty("requests").GetInt64(), Is.GreaterThan(0));
            Assert.That(scenarios.Select(s => (s.GetProperty("endpoint").GetString(), s.GetProperty("connections").GetInt32())), Is.EqualTo(new[]
            {
                ("accounts_trivial", 2), ("accounts", 2), ("transactions_trivial", 2), ("transactions", 2),
                ("accounts_trivial", 8), ("accounts", 8), ("transactions_trivial", 8), ("transactions", 8),
            }));
            foreach (var s in scenarios)
            {
                var name = $"{s.GetProperty("endpoint").GetString()} at {s.GetProperty("connections").GetInt32()}";
                Assert.That(s.GetProperty("errors").GetInt64(), Is.Zero, name);
                Assert.That(s.GetProperty("requests_per_second").GetDouble(), Is.GreaterThan(30), name);
                Assert.That(s.GetProperty("connections_opened").GetInt32(), Is.EqualTo(s.GetProperty("connections").GetInt32()), $"{name}: one connection per worker, kept alive");
                Assert.That(s.GetProperty("p50_milliseconds").GetDouble(), Is.GreaterThan(0), name);
                Assert.That(s.GetProperty("p99_milliseconds").GetDouble(), Is.InRange(s.GetProperty("p50_milliseconds").GetDouble(), s.GetProperty("max_milliseconds").GetDouble()), name);
                Assert.That(s.GetProperty("response_bytes").GetInt32(), Is.GreaterThan(1000), name);
            }

            // Each trivial twin writes exactly the bytes of its bank endpoint, and the bank's endpoints are compared with them.
            foreach (var (bank, twin) in new[] { ("accounts", "accounts_trivial"), ("transactions", "transactions_trivial") })
            {
                var pair = scenarios.Where(s => s.GetProperty("endpoint").GetString() is { } e && (e == bank || e == twin)).ToList();
                Assert.That(pair.Select(s => s.GetProperty("response_bytes").GetInt32()).Distinct().Count(), Is.EqualTo(1), bank);
                Assert.That(pair.Where(s => s.GetProperty("endpoint").GetString() == bank).Select(s => s.GetProperty("of_trivial").GetDouble()), Has.All.GreaterThan(0), bank);
            }
        });
    }

    [Test]
    public async Task Requests_the_bank_refuses_are_counted_as_errors_with_the_first_one_named()
    {
        await using var target = await LoadTarget.StartAsync();
        using var client = target.Client(2, out var opened);

        // Without the access token: the bank answers 401, which the load must report, not count as throughput.
        var result = await LoadScenario.RunAsync(client, () => new HttpRequestMessage(HttpMethod.Get, target.Url(LoadEndpoint.Accounts)),
            LoadEndpoint.Accounts, 2, TimeSpan.Zero, TimeSpan.FromSeconds(0.3), opened);
        using var table = new StringWriter();
        new LoadReport(null, [result]).WriteTable(table);

        Assert.That(result.Requests, Is.GreaterThan(0));
        Assert.That(result.Errors, Is.EqualTo(result.Requests));
        Assert.That(result.FirstError, Is.EqualTo("HTTP 401 from /open-banking/v3.1/aisp/accounts"));
        Assert.That(table.ToString(), Does.Contain($"GET accounts at 2 connections: {result.Errors} errors, the first: HTTP 401"));
    }

    [Test]
    public void Failures_in_the_warm_up_fail_the_run_too()
    {
        var clean = new ScenarioResult(LoadEndpoint.Accounts, 2, 100, 0, null, 1, 1, 2, 3, 2, 1948);
        var failedWarmup = clean with { Errors = 3, FirstError = "HTTP 500 from /open-banking/v3.1/aisp/accounts" };

        Assert.That(new LoadReport(clean, [clean]).Errors, Is.Zero);
        Assert.That(new LoadReport(failedWarmup, [clean]).Errors, Is.EqualTo(3));
    }

    [TestCase("--connections", "0", "--connections '0' must be whole numbers from 1 to 1024")]
    [TestCase("--connections", "16,x", "--connections '16,x' must be whole numbers from 1 to 1024")]
    [TestCase("--duration", "0", "--duration must be more than 0 seconds")]
    [TestCase("--endpoints", "balances", "balances")]
    public async Task Wrong_arguments_are_one_line_each_and_exit_code_2_before_anything_starts(string option, string value, string message)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await LoadCommand.Run([option, value], output, error);

        Assert.That(exit, Is.EqualTo(LoadCommand.Usage));
        Assert.That(error.ToString(), Does.StartWith("load: ").And.Contain(message));
        Assert.That(output.ToString(), Is.Empty);
    }
}
