using System.Text.Json.Serialization;
using OpenBanking.Core.Accounts;
using OpenBanking.Core.Authorization;
using OpenBanking.Core.Consents;
using OpenBanking.Core.Api;

namespace OpenBanking.Core.Json;

/// <summary>
/// Source-generated metadata for every Read/Write API body the library reads. Required members
/// (constructor parameters without defaults) and non-nullable types are enforced, unknown members
/// are ignored: a bank adding a field never breaks parsing, a bank leaving out a required one does.
/// Read through <see cref="ObJson"/>, which puts <see cref="EquatableListResolver"/> in front of it.
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
// The items of every EquatableList in these documents: the generator does not look inside a type with its own
// converter, and EquatableListResolver reads the items through this context (a test checks none is missing).
[JsonSerializable(typeof(Account))]
[JsonSerializable(typeof(AccountIdentification))]
[JsonSerializable(typeof(Balance))]
[JsonSerializable(typeof(Beneficiary))]
[JsonSerializable(typeof(CreditLine))]
[JsonSerializable(typeof(DirectDebit))]
[JsonSerializable(typeof(Offer))]
[JsonSerializable(typeof(Party))]
[JsonSerializable(typeof(PartyAddress))]
[JsonSerializable(typeof(Product))]
[JsonSerializable(typeof(ScheduledPayment))]
[JsonSerializable(typeof(StandingOrder))]
[JsonSerializable(typeof(Statement))]
[JsonSerializable(typeof(StatementAmount))]
[JsonSerializable(typeof(StatementBenefit))]
[JsonSerializable(typeof(StatementDateTime))]
[JsonSerializable(typeof(StatementFeeOrInterest))]
[JsonSerializable(typeof(StatementRate))]
[JsonSerializable(typeof(StatementValue))]
[JsonSerializable(typeof(Transaction))]
[JsonSerializable(typeof(string))]
internal sealed partial class ObJsonContext : JsonSerializerContext;
