namespace MockAspsp.Domain;

/// <summary>
/// A POST that created a resource, remembered by its client and x-idempotency-key for 24 hours (Payment Initiation API
/// v3.1.11, x-idempotency-key: "Every request will be processed only once per x-idempotency-key. The Idempotency Key
/// will be valid for 24 hours").
/// </summary>
/// <param name="ClientId">The TPP.</param>
/// <param name="Key">The x-idempotency-key.</param>
/// <param name="Operation">The method and path it was sent to.</param>
/// <param name="BodyHash">Base64 SHA-256 of the body's bytes.</param>
/// <param name="ResourceId">What it created (a consent or payment id; the consent id for a file upload).</param>
/// <param name="ExpiresAt">When the key may be used afresh.</param>
public sealed record IdempotentRequest(string ClientId, string Key, string Operation, string BodyHash, string ResourceId, DateTimeOffset ExpiresAt)
{
    /// <summary>The spec's window.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    /// <summary>How the bank files a key: per client, as the spec's "from the same TPP".</summary>
    public static string StoreKey(string clientId, string key) => $"{clientId}\n{key}";
}
