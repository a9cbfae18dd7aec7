namespace OpenBanking.Load;

/// <summary>One scenario's measurement.</summary>
/// <param name="Endpoint">What was requested.</param>
/// <param name="Connections">Requests in flight, each on its own keep-alive connection.</param>
/// <param name="Requests">Requests completed while measuring.</param>
/// <param name="Errors">Of those, how many failed: a status other than 200, an empty body or an exception.</param>
/// <param name="FirstError">What the first failure was, or null.</param>
/// <param name="Seconds">From the start of the measurement to the last measured answer.</param>
/// <param name="P50Milliseconds">The median latency.</param>
/// <param name="P99Milliseconds">The 99th percentile latency.</param>
/// <param name="MaxMilliseconds">The slowest request.</param>
/// <param name="ConnectionsOpened">TCP connections the client opened in the whole scenario, warm-up included: the connection count when keep-alive held.</param>
/// <param name="ResponseBytes">The body size of the last response.</param>
public sealed record ScenarioResult(
    LoadEndpoint Endpoint,
    int Connections,
    long Requests,
    long Errors,
    string? FirstError,
    double Seconds,
    double P50Milliseconds,
    double P99Milliseconds,
    double MaxMilliseconds,
    int ConnectionsOpened,
    int ResponseBytes)
{
    /// <summary>Requests per second while measuring.</summary>
    public double RequestsPerSecond => Seconds > 0 ? Requests / Seconds : 0;
}
