namespace OpenBanking.Benchmarks;

/// <summary>Values every benchmark shares.</summary>
internal static class Benchmarks
{
    public const string ClientId = "tpp-client-1";
    public const string Kid = "kid-1";
    public const string Jti = "5b0b54a5-8a7f-4c9a-9d0e-1f1c8f1b2d01";
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
}
