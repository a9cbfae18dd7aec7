using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Accounts;

/// <summary>A rate applied in a statement's period (OBStatement2 <c>StatementRate[]</c>). The rate is a string on the wire.</summary>
/// <param name="Rate">The rate, a percentage (may be negative).</param>
/// <param name="Type">A namespaced code such as <c>UK.OBIE.AnnualPurchase</c>.</param>
public sealed record StatementRate([property: JsonConverter(typeof(RateConverter))] decimal Rate, string Type);
