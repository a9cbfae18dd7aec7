using BenchmarkDotNet.Attributes;
using MockAspsp.TestSupport;
using OpenBanking.Core.Flows;
using OpenBanking.Core.Http;
using OpenBanking.Core.Io;

namespace OpenBanking.Benchmarks;

/// <summary>
/// Issue 7 §3: the whole account-access flow against the mock bank in its own process on 127.0.0.1 over real mutual
/// TLS — client credentials (private_key_jwt) → consent → request object → headless approval → JWKS → code exchange
/// with both id_tokens checked → accounts → balances → every page of transactions → consent deleted — with a warm
/// connection pool, and with a new connection (TCP and TLS handshake) for every request. Allocation is this
/// process's: the library's and HttpClient's, not the bank's.
/// </summary>
[MemoryDiagnoser]
public class FlowBenchmarks
{
    private MockBankProcess _bank = null!;
    private HttpClientInterpreter _pooled = null!;
    private NewConnectionPerRequest _unpooled = null!;
    private AccountInformationClient _pooledClient = null!;
    private AccountInformationClient _unpooledClient = null!;

    [GlobalSetup]
    public void Setup()
    {
        _bank = MockBankProcess.Start();
        _pooled = _bank.Pooled();
        _unpooled = new NewConnectionPerRequest(_bank.Config);
        _pooledClient = new AccountInformationClient(_bank.Config, _pooled);
        _unpooledClient = new AccountInformationClient(_bank.Config, _unpooled);
        var counted = new CountingInterpreter(_pooled);
        var outcome = Flows.Run(new AccountInformationClient(_bank.Config, counted), counted).GetAwaiter().GetResult();
        Console.WriteLine($"// one flow: {counted.Count} HTTPS requests, {outcome.Accounts.Items.Count} accounts, {outcome.Balances.Items.Count} balances, {outcome.Transactions.Count} transactions");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _pooled.Dispose();
        _unpooled.Dispose();
        _bank.Dispose();
    }

    [Benchmark(Baseline = true, Description = "flow, pooled connections (one interpreter)")]
    public Task<FlowScript.Outcome> Pooled() => Flows.Run(_pooledClient, _pooled);

    [Benchmark(Description = "flow, new connection per request")]
    public Task<FlowScript.Outcome> NewConnectionEachRequest() => Flows.Run(_unpooledClient, _unpooled);

    /// <summary>Counts the requests a flow makes.</summary>
    private sealed class CountingInterpreter(IRequestInterpreter inner) : IRequestInterpreter
    {
        public int Count { get; private set; }

        public LanguageExt.EitherAsync<OpenBanking.Core.Errors.OpenBankingError, HttpResponseSpec> Send(HttpRequestSpec request, CancellationToken cancellationToken = default)
        {
            Count++;
            return inner.Send(request, cancellationToken);
        }
    }
}
