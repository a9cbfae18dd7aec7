using System.CommandLine;
using System.Globalization;

namespace OpenBanking.Load;

/// <summary>
/// The load tool's command line: starts the mock bank in this process, measures each endpoint at each connection
/// count, prints the table (or JSON), and exits 0 only when every request succeeded.
/// </summary>
public static class LoadCommand
{
    /// <summary>Every request answered 200 with a body.</summary>
    public const int Success = 0;

    /// <summary>Some request failed (the table says which and how).</summary>
    public const int RequestsFailed = 1;

    /// <summary>The arguments are wrong.</summary>
    public const int Usage = 2;

    /// <summary>Parses <paramref name="args"/>, runs, writes to <paramref name="output"/>; the exit code.</summary>
    public static async Task<int> Run(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var defaults = new LoadOptions();
        var duration = new Option<double>("--duration") { Description = "Seconds each scenario is measured", DefaultValueFactory = _ => defaults.Duration.TotalSeconds };
        var warmup = new Option<double>("--warmup") { Description = "Seconds each scenario runs before it is measured", DefaultValueFactory = _ => defaults.Warmup.TotalSeconds };
        var connections = new Option<string>("--connections") { Description = "Connection counts, comma-separated", DefaultValueFactory = _ => string.Join(',', defaults.Connections) };
        var processWarmup = new Option<double>("--process-warmup")
        {
            Description = "Seconds every endpoint is requested in turn before the first scenario (the JIT settles)",
            DefaultValueFactory = _ => defaults.ProcessWarmup.TotalSeconds,
        };
        var names = Enum.GetValues<LoadEndpoint>().ToDictionary(LoadReport.Argument, e => e, StringComparer.OrdinalIgnoreCase);
        var endpoints = new Option<string[]>("--endpoints")
        {
            Description = $"Endpoints to measure, in this order: {string.Join(", ", names.Keys)}", AllowMultipleArgumentsPerToken = true,
            DefaultValueFactory = _ => [.. defaults.Endpoints.Select(LoadReport.Argument)],
        };
        endpoints.AcceptOnlyFromAmong([.. names.Keys]);
        var json = new Option<bool>("--json") { Description = "Write the report as JSON instead of a table" };
        var root = new RootCommand("Load on the mock bank over real mutual TLS: GET accounts and GET transactions next to a trivial endpoint on the same stack")
        {
            duration, warmup, processWarmup, connections, endpoints, json,
        };
        root.SetAction(async (parse, cancellation) =>
        {
            var counts = (parse.GetValue(connections) ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(c => int.TryParse(c, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0).ToList();
            if (counts.Count == 0 || counts.Any(c => c is < 1 or > 1024))
            {
                return await Refuse(error, $"--connections '{parse.GetValue(connections)}' must be whole numbers from 1 to 1024, comma-separated").ConfigureAwait(false);
            }

            if (parse.GetValue(duration) is <= 0 or > 3600 || parse.GetValue(warmup) is < 0 or > 3600 || parse.GetValue(processWarmup) is < 0 or > 3600)
            {
                return await Refuse(error, "--duration must be more than 0 seconds, --warmup and --process-warmup at least 0, all at most 3600").ConfigureAwait(false);
            }

            var options = defaults with
            {
                Duration = TimeSpan.FromSeconds(parse.GetValue(duration)),
                Warmup = TimeSpan.FromSeconds(parse.GetValue(warmup)),
                ProcessWarmup = TimeSpan.FromSeconds(parse.GetValue(processWarmup)),
                Connections = counts,
                Endpoints = parse.GetValue(endpoints) is { Length: > 0 } chosen ? [.. chosen.Select(n => names[n])] : defaults.Endpoints,
            };
            var asJson = parse.GetValue(json);
            var report = await RunAsync(options, asJson ? null : error, cancellation).ConfigureAwait(false);
            if (asJson)
            {
                await output.WriteLineAsync(report.ToJson()).ConfigureAwait(false);
            }
            else
            {
                report.WriteTable(output);
            }

            return report.Errors == 0 ? Success : RequestsFailed;
        });

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // As obx: a wrong argument is one line each and exit code 2, not System.CommandLine's 1 (which here means failed requests).
            foreach (var problem in parsed.Errors)
            {
                await error.WriteLineAsync($"load: {problem.Message}").ConfigureAwait(false);
            }

            return Usage;
        }

        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> Refuse(TextWriter error, string problem)
    {
        await error.WriteLineAsync($"load: {problem}").ConfigureAwait(false);
        return Usage;
    }

    /// <summary>Starts the target, runs every scenario, stops the target. Progress goes to <paramref name="progress"/> when given.</summary>
    public static async Task<LoadReport> RunAsync(LoadOptions options, TextWriter? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var target = await LoadTarget.StartAsync(cancellationToken).ConfigureAwait(false);
        await using (target.ConfigureAwait(false))
        {
            ScenarioResult? warmup = null;
            if (options.ProcessWarmup > TimeSpan.Zero)
            {
                // Every endpoint, in turn, on the largest connection count: each hot path gets its time with the JIT.
                var count = options.Connections.Max();
                var next = 0;
                using var client = target.Client(count, out var opened);
                warmup = await LoadScenario.RunAsync(client, () => target.Request(options.Endpoints[(int)((uint)Interlocked.Increment(ref next) % options.Endpoints.Count)]),
                    options.Endpoints[0], count, TimeSpan.Zero, options.ProcessWarmup, opened, cancellationToken).ConfigureAwait(false);
                if (progress is not null)
                {
                    await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"warm-up: {warmup.Requests:N0} requests over every endpoint in {warmup.Seconds:0} s, {warmup.Errors} errors")).ConfigureAwait(false);
                }
            }

            var results = new List<ScenarioResult>();
            foreach (var count in options.Connections)
            {
                foreach (var endpoint in options.Endpoints)
                {
                    using var client = target.Client(count, out var opened);
                    var result = await LoadScenario.RunAsync(client, () => target.Request(endpoint), endpoint, count, options.Warmup, options.Duration, opened, cancellationToken)
                        .ConfigureAwait(false);
                    results.Add(result);
                    if (progress is not null)
                    {
                        await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                            $"{LoadReport.Name(endpoint)} at {count} connections: {result.RequestsPerSecond:N0} req/s, p50 {result.P50Milliseconds:0.00} ms, p99 {result.P99Milliseconds:0.00} ms, {result.Errors} errors"))
                            .ConfigureAwait(false);
                    }
                }
            }

            return new LoadReport(warmup, results);
        }
    }
}
