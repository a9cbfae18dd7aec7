using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using OpenBanking.Core.Flows;
using OpenBanking.Core.Io;

namespace OpenBanking.Benchmarks;

/// <summary>
/// Issue 7 §3: flows per second with 1, 8 and 64 flows at once through one pooled interpreter (as a TPP refreshing many
/// customers shares one per bank), against the mock bank in its own process over real mutual TLS. One operation is
/// <see cref="Concurrency"/> whole flows started together; the Flows/s column is Concurrency ÷ Mean.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Columns))]
public class FlowThroughputBenchmarks
{
    private MockBankProcess _bank = null!;
    private HttpClientInterpreter _http = null!;
    private AccountInformationClient _client = null!;

    /// <summary>Flows running at once.</summary>
    [Params(1, 8, 64)]
    public int Concurrency { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _bank = MockBankProcess.Start();
        _http = _bank.Pooled();
        _client = new AccountInformationClient(_bank.Config, _http);
        Flows.Run(_client, _http).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _http.Dispose();
        _bank.Dispose();
    }

    [Benchmark(Description = "concurrent flows, one pooled interpreter")]
    public Task ConcurrentFlows() => Task.WhenAll(Enumerable.Range(0, Concurrency).Select(_ => Flows.Run(_client, _http)));

    private sealed class Columns : ManualConfig
    {
        public Columns() => AddColumn(new FlowsPerSecondColumn());
    }

    /// <summary>Concurrency ÷ mean time of one operation.</summary>
    private sealed class FlowsPerSecondColumn : IColumn
    {
        public string Id => nameof(FlowsPerSecondColumn);

        public string ColumnName => "Flows/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Whole flows completed per second: Concurrency / Mean";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
            summary[benchmarkCase]?.ResultStatistics?.Mean is { } nanoseconds && benchmarkCase.Parameters["Concurrency"] is int concurrency
                ? (concurrency / (nanoseconds / 1e9)).ToString("N1", System.Globalization.CultureInfo.InvariantCulture)
                : "NA";

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
