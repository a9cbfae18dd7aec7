using System.Collections.Immutable;

namespace MockAspsp.Seed;

/// <summary>
/// The bank's rate table for international payments: how many units of each currency one pound buys. Fixed, like the
/// rest of the seed, so quotes are the same every run.
/// </summary>
public static class ExchangeRates
{
    /// <summary>Units per GBP.</summary>
    public static ImmutableDictionary<string, decimal> PerPound { get; } = new Dictionary<string, decimal>(StringComparer.Ordinal)
    {
        ["GBP"] = 1m,
        ["EUR"] = 1.1650m,
        ["USD"] = 1.2710m,
    }.ToImmutableDictionary(StringComparer.Ordinal);

    /// <summary>Whether the bank trades <paramref name="currency"/>.</summary>
    public static bool Trades(string currency) => PerPound.ContainsKey(currency);

    /// <summary>Units of <paramref name="to"/> for one <paramref name="from"/> (both traded), to six places.</summary>
    public static decimal Rate(string from, string to) => Math.Round(PerPound[to] / PerPound[from], 6);

    /// <summary><paramref name="amount"/> of <paramref name="from"/> in <paramref name="to"/>, to the penny (cent).</summary>
    public static decimal Convert(decimal amount, string from, string to) => from == to ? amount : Math.Round(amount * Rate(from, to), 2, MidpointRounding.ToEven);
}
