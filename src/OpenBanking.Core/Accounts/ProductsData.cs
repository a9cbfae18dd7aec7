using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Accounts;

/// <summary>OBReadProduct2 <c>Data</c>.</summary>
internal sealed record ProductsData(EquatableList<Product>? Product = null) : IJsonOnDeserialized
{
    public void OnDeserialized() => NullItems.Refuse(Product, "Product");
}
