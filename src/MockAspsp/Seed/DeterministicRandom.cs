namespace MockAspsp.Seed;

/// <summary>
/// A tiny xorshift64* generator: the same seed gives the same numbers on every machine and every .NET
/// version (System.Random promises neither), so the seeded bank is the same every run.
/// </summary>
internal sealed class DeterministicRandom(ulong seed)
{
    private ulong _state = seed == 0 ? 0x9E3779B97F4A7C15UL : seed;

    public static DeterministicRandom For(string key)
    {
        // FNV-1a of the key: a stable seed per account.
        var hash = 14695981039346656037UL;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return new DeterministicRandom(hash);
    }

    /// <summary>A number in [0, <paramref name="maxExclusive"/>).</summary>
    public int Next(int maxExclusive)
    {
        _state ^= _state >> 12;
        _state ^= _state << 25;
        _state ^= _state >> 27;
        return (int)((_state * 2685821657736338717UL >> 33) % (ulong)maxExclusive);
    }

    /// <summary>An amount in pounds and pence between <paramref name="min"/> and <paramref name="max"/>.</summary>
    public decimal Amount(decimal min, decimal max) =>
        min + Math.Round((max - min) * Next(10_001) / 10_000m, 2);

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];
}
