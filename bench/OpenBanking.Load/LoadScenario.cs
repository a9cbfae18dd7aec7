using System.Diagnostics;

namespace OpenBanking.Load;

/// <summary>
/// One closed-loop scenario: <c>connections</c> workers, each sending its next request when the last one's body has
/// been read, over a client with exactly that many keep-alive connections. Latency is from send to the last body byte.
/// </summary>
public static class LoadScenario
{
    /// <summary>Runs the warm-up, then measures for <paramref name="duration"/>.</summary>
    /// <param name="client">The client (its handler limits the connections); the scenario does not dispose it.</param>
    /// <param name="request">Makes each request.</param>
    /// <param name="endpoint">What is requested, for the result.</param>
    /// <param name="connections">Workers, and so requests in flight.</param>
    /// <param name="warmup">How long to run before measuring.</param>
    /// <param name="duration">How long to send requests that are measured; the result's seconds run to the last one's answer.</param>
    /// <param name="connectionsOpened">Reads how many connections the client has opened so far.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public static async Task<ScenarioResult> RunAsync(
        HttpClient client, Func<HttpRequestMessage> request, LoadEndpoint endpoint, int connections, TimeSpan warmup, TimeSpan duration,
        Func<int> connectionsOpened, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(connectionsOpened);
        ArgumentOutOfRangeException.ThrowIfLessThan(connections, 1);

        var started = Stopwatch.GetTimestamp();
        var measureFrom = started + (long)(warmup.TotalSeconds * Stopwatch.Frequency);
        var measureTo = measureFrom + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = await Task.WhenAll(Enumerable.Range(0, connections)
            .Select(_ => Task.Run(() => Worker(client, request, measureFrom, measureTo, cancellationToken), cancellationToken)));

        var latencies = workers.SelectMany(w => w.Latencies).ToArray();
        Array.Sort(latencies);
        double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
        double Percentile(double p) => latencies.Length == 0 ? 0 : Milliseconds(latencies[Math.Min(latencies.Length - 1, (int)Math.Ceiling(p * latencies.Length) - 1)]);
        return new ScenarioResult(
            endpoint, connections, latencies.Length, workers.Sum(w => w.Errors), workers.Select(w => w.FirstError).FirstOrDefault(e => e is not null),
            Math.Max(0, workers.Max(w => w.LastDone) - measureFrom) / (double)Stopwatch.Frequency, Percentile(0.50), Percentile(0.99), latencies.Length == 0 ? 0 : Milliseconds(latencies[^1]),
            connectionsOpened(), workers.Max(w => w.ResponseBytes));
    }

    private static async Task<WorkerResult> Worker(HttpClient client, Func<HttpRequestMessage> request, long measureFrom, long measureTo, CancellationToken cancellationToken)
    {
        var result = new WorkerResult();
        var buffer = new byte[16 * 1024];
        while (true)
        {
            var sent = Stopwatch.GetTimestamp();
            if (sent >= measureTo)
            {
                return result;
            }

            string? failure;
            var bytes = 0;
            try
            {
                using var message = request();
                using var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
                var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                await using (body.ConfigureAwait(false))
                {
                    int read;
                    while ((read = await body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                    {
                        bytes += read;
                    }
                }

                failure = response.StatusCode != System.Net.HttpStatusCode.OK ? $"HTTP {(int)response.StatusCode} from {message.RequestUri?.AbsolutePath}"
                    : bytes == 0 ? $"an empty body from {message.RequestUri?.AbsolutePath}"
                    : null;
            }
            catch (HttpRequestException e)
            {
                failure = $"{e.GetType().Name}: {e.Message}";
            }
            catch (IOException e)
            {
                failure = $"{e.GetType().Name}: {e.Message}";
            }

            var done = Stopwatch.GetTimestamp();
            // Only requests sent inside the window count: the warm-up's are not measured.
            if (sent < measureFrom)
            {
                continue;
            }

            result.Latencies.Add(done - sent);
            result.LastDone = Math.Max(result.LastDone, done);
            result.ResponseBytes = bytes;
            if (failure is not null)
            {
                result.Errors++;
                result.FirstError ??= failure;
            }
        }
    }

    private sealed class WorkerResult
    {
        public List<long> Latencies { get; } = new(4096);

        public long Errors { get; set; }

        public string? FirstError { get; set; }

        public int ResponseBytes { get; set; }

        public long LastDone { get; set; }
    }
}
