using System.Text.Json.Serialization;
using OpenBanking.Core.Accounts;
using OpenBanking.Core.Authorization;
using OpenBanking.Core.Consents;

namespace OpenBanking.Core.Json;

/// <summary>
/// Source-generated metadata for every Read/Write API body the library reads. Required members
/// (constructor parameters without defaults) and non-nullable types are enforced, unknown members
/// are ignored: a bank adding a field never breaks parsing, a bank leaving out a required one does.
/// </summary>
[JsonSourceGenerationOptions(
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(ConsentResponseDocument))]
[JsonSerializable(typeof(ReadDocument<AccountsData>))]
[JsonSerializable(typeof(ReadDocument<BalancesData>))]
[JsonSerializable(typeof(ReadDocument<TransactionsData>))]
[JsonSerializable(typeof(ReadDocument<BeneficiariesData>))]
[JsonSerializable(typeof(ReadDocument<DirectDebitsData>))]
[JsonSerializable(typeof(ReadDocument<StandingOrdersData>))]
[JsonSerializable(typeof(ReadDocument<ScheduledPaymentsData>))]
[JsonSerializable(typeof(ReadDocument<OffersData>))]
[JsonSerializable(typeof(ReadDocument<ProductsData>))]
[JsonSerializable(typeof(ReadDocument<PartyData>))]
[JsonSerializable(typeof(ReadDocument<PartiesData>))]
[JsonSerializable(typeof(ReadDocument<StatementsData>))]
[JsonSerializable(typeof(DiscoveryDocument))]
internal sealed partial class ObJsonContext : JsonSerializerContext;
