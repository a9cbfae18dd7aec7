using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;

namespace MockAspsp.Hosting;

/// <summary>Where the mock bank's ids and secrets come from: random by default, sequential in snapshot tests.</summary>
public abstract class MockIds
{
    /// <summary>Unguessable: 256 random bits for tokens and codes, random UUIDs for ids.</summary>
    public static MockIds Random { get; } = new RandomIds();

    /// <summary>Counting up, for tests whose snapshots must not change between runs. Guessable: never for a real server.</summary>
    public static MockIds Sequential() => new SequentialIds();

    /// <summary>A token or code value of the given kind (e.g. "at", "code").</summary>
    public abstract string Secret(string kind);

    /// <summary>A public identifier, such as a ConsentId (prefix plus a UUID).</summary>
    public abstract string Id(string prefix);

    /// <summary>A UUID, e.g. for an x-fapi-interaction-id the client did not send.</summary>
    public abstract string Uuid();

    private sealed class RandomIds : MockIds
    {
        public override string Secret(string kind) => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

        public override string Id(string prefix) => $"{prefix}-{Guid.NewGuid():D}";

        public override string Uuid() => Guid.NewGuid().ToString("D");
    }

    private sealed class SequentialIds : MockIds
    {
        private long _next;

        public override string Secret(string kind) => $"{kind}-{Next()}";

        public override string Id(string prefix) => $"{prefix}-{Uuid()}";

        public override string Uuid() => $"00000000-0000-4000-a000-{Next().PadLeft(12, '0')}";

        private string Next() => Interlocked.Increment(ref _next).ToString("D4", CultureInfo.InvariantCulture);
    }
}
