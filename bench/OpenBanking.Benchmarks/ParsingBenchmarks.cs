using OpenBanking.Core.Api;
using System.Reflection;
using System.Text;
using BenchmarkDotNet.Attributes;
using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;
using OpenBanking.Core.Accounts;
using OpenBanking.Core.Http;

namespace OpenBanking.Benchmarks;

/// <summary>
/// Issue 7 §2: a page as it arrives (UTF-8 bytes) into the library's typed model, three ways in one process — ours
/// (<see cref="AccountInformation.Transactions"/>'s parse: status and media type checked, required members and nullability
/// enforced, every failure a value), the limit (plain System.Text.Json into the same records, no checks), and
/// Newtonsoft.Json into the same records. Set-up checks all three read the same items.
/// </summary>
[MemoryDiagnoser]
public class ParsingBenchmarks
{
    private static readonly System.Text.Json.JsonSerializerOptions PlainJson = new();
    private static readonly Newtonsoft.Json.JsonSerializer NewtonsoftSerializer = Newtonsoft.Json.JsonSerializer.Create(new JsonSerializerSettings
    {
        Converters = { new StringEnumConverter() },
        DateParseHandling = DateParseHandling.DateTimeOffset,
        ContractResolver = new SystemTextJsonNames(),
    });

    private byte[] _body = null!;
    private HttpResponseSpec _response = null!;

    /// <summary>The page: an OBReadTransaction6 of 1,000 transactions or an OBReadAccount6 of 100 accounts.</summary>
    [Params("1000 transactions", "100 accounts")]
    public string Page { get; set; } = "1000 transactions";

    private bool IsTransactions => Page.EndsWith("transactions", StringComparison.Ordinal);

    [GlobalSetup]
    public void Setup()
    {
        _body = IsTransactions ? Pages.Transactions(1000) : Pages.Accounts(100);
        _response = new HttpResponseSpec(200,
            [KeyValuePair.Create("Content-Type", "application/json; charset=utf-8"), KeyValuePair.Create("x-fapi-interaction-id", "93bac548-d2de-4546-b106-880a5018460d")],
            _body);
        Check();
    }

    [Benchmark(Description = "OpenBanking.Fx AccountInformation parse…")]
    public object Ours() => IsTransactions ? AccountInformation.Transactions().Parse(_response) : AccountInformation.Accounts().Parse(_response);

    [Benchmark(Baseline = true, Description = "limit: plain System.Text.Json")]
    public object? PlainSystemTextJson() => IsTransactions
        ? System.Text.Json.JsonSerializer.Deserialize<Envelope<TransactionsPage>>(_body, PlainJson)
        : System.Text.Json.JsonSerializer.Deserialize<Envelope<AccountsPage>>(_body, PlainJson);

    [Benchmark(Description = "Newtonsoft.Json")]
    public object? NewtonsoftJson()
    {
        using var reader = new JsonTextReader(new StreamReader(new MemoryStream(_body), Encoding.UTF8));
        return IsTransactions ? NewtonsoftSerializer.Deserialize<Envelope<TransactionsPage>>(reader) : NewtonsoftSerializer.Deserialize<Envelope<AccountsPage>>(reader);
    }

    private void Check()
    {
        List<object> ours = IsTransactions
            ? AccountInformation.Transactions().Parse(_response).Match(Right: p => p.Items.Cast<object>().ToList(), Left: e => throw new InvalidOperationException(e.ToString()))
            : AccountInformation.Accounts().Parse(_response).Match(Right: p => p.Items.Cast<object>().ToList(), Left: e => throw new InvalidOperationException(e.ToString()));
        List<object> Items(object? envelope) => envelope switch
        {
            Envelope<TransactionsPage> t => t.Data.Transaction.Cast<object>().ToList(),
            Envelope<AccountsPage> a => a.Data.Account.Cast<object>().ToList(),
            _ => throw new InvalidOperationException("nothing read"),
        };

        var expected = IsTransactions ? 1000 : 100;
        if (ours.Count != expected || !ours.SequenceEqual(Items(PlainSystemTextJson())) || !ours.SequenceEqual(Items(NewtonsoftJson())))
        {
            throw new InvalidOperationException($"the three parsers read different {Page} items");
        }
    }

    /// <summary>The response envelope, as a user of plain System.Text.Json or Newtonsoft would declare it.</summary>
    public sealed record Envelope<TData>(TData Data, ObLinks? Links, ObMeta? Meta);

    /// <summary>OBReadTransaction6 Data.</summary>
    public sealed record TransactionsPage(IReadOnlyList<Transaction> Transaction);

    /// <summary>OBReadAccount6 Data.</summary>
    public sealed record AccountsPage(IReadOnlyList<Account> Account);

    /// <summary>Newtonsoft reads the member names the models declare for System.Text.Json (Account.Identifications is "Account").</summary>
    private sealed class SystemTextJsonNames : DefaultContractResolver
    {
        protected override JsonProperty CreateProperty(MemberInfo member, MemberSerialization memberSerialization)
        {
            var property = base.CreateProperty(member, memberSerialization);
            if (member.GetCustomAttribute<System.Text.Json.Serialization.JsonPropertyNameAttribute>() is { } name)
            {
                property.PropertyName = name.Name;
            }

            return property;
        }
    }
}
