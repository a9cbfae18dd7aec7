using System.Globalization;

namespace OpenBanking.Core.Http;

/// <summary>
/// Where fresh ids come from: jti, x-fapi-interaction-id, state and nonce. Passed in like a
/// <see cref="TimeProvider"/>, so that builders stay deterministic under test.
/// </summary>
public abstract class IdSource
{
    /// <summary>Random RFC 4122 version 4 UUIDs (122 bits from the OS's secure random generator).</summary>
    public static IdSource Random { get; } = new Io.RandomIdSource();

    /// <summary>
    /// UUID-shaped ids counting up from 1 (<c>00000000-0000-4000-8000-000000000001</c>, ...): for tests and
    /// snapshots only — state and nonce from it are guessable.
    /// </summary>
    public static IdSource Sequential() => new SequentialIdSource();

    /// <summary>A new id, formatted as a lower-case UUID.</summary>
    public abstract string NewId();

    private sealed class SequentialIdSource : IdSource
    {
        private long _next;

        public override string NewId() =>
            $"00000000-0000-4000-8000-{Interlocked.Increment(ref _next).ToString("D12", CultureInfo.InvariantCulture)}";
    }
}
