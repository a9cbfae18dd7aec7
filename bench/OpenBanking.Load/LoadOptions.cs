namespace OpenBanking.Load;

/// <summary>What a load run does: each endpoint at each connection count, warmed up, then measured.</summary>
public sealed record LoadOptions
{
    /// <summary>How long each scenario is measured.</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long each scenario runs before it is measured: its connections opened, its pace steady.</summary>
    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long every endpoint is requested, in turn, before the first scenario: under load on two cores the runtime's
    /// tiered JIT takes tens of seconds to finish optimising the hot paths (GET accounts at 16 connections ran at about
    /// 11,000 requests a second after 5 s and 26,000 after 25 s; docs/benchmarks.md). Without it, the first scenarios are slower.
    /// </summary>
    public TimeSpan ProcessWarmup { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The keep-alive connections (and requests in flight) of each scenario.</summary>
    public IReadOnlyList<int> Connections { get; init; } = [16, 128];

    /// <summary>The endpoints, each measured at every connection count.</summary>
    public IReadOnlyList<LoadEndpoint> Endpoints { get; init; } =
        [LoadEndpoint.AccountsTrivial, LoadEndpoint.Accounts, LoadEndpoint.TransactionsTrivial, LoadEndpoint.Transactions];
}
