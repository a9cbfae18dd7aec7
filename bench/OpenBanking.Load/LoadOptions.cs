namespace OpenBanking.Load;

/// <summary>What a load run does: each endpoint at each connection count, warmed up, then measured.</summary>
public sealed record LoadOptions
{
    /// <summary>How long each scenario is measured.</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long each scenario runs before it is measured: its connections opened, its pace steady.</summary>
    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long every endpoint is requested, in turn, before the first scenario: the runtime's tiered JIT takes this long
    /// under load on two cores to finish optimising the hot paths (measured: GET accounts at 16 connections went from
    /// about 7,000 to about 23,000 requests a second between 5 and 25 seconds in). Without it, the first scenario is slower.
    /// </summary>
    public TimeSpan ProcessWarmup { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The keep-alive connections (and requests in flight) of each scenario.</summary>
    public IReadOnlyList<int> Connections { get; init; } = [16, 128];

    /// <summary>The endpoints, each measured at every connection count.</summary>
    public IReadOnlyList<LoadEndpoint> Endpoints { get; init; } =
        [LoadEndpoint.AccountsTrivial, LoadEndpoint.Accounts, LoadEndpoint.TransactionsTrivial, LoadEndpoint.Transactions];
}
