namespace OpenBanking.Core;

/// <summary>
/// Bytes (a response body) that are equal to other bytes when they hold the same bytes, in order. It wraps the memory
/// it is given without copying: a record holding its bytes as <see cref="EquatableBytes"/> gets its equality from the
/// compiler, where a <see cref="ReadOnlyMemory{T}"/> would compare which array it points into. It converts to and
/// from <see cref="ReadOnlyMemory{T}"/> and byte arrays; the default value is no bytes.
/// </summary>
public readonly struct EquatableBytes : IEquatable<EquatableBytes>
{
    /// <summary>Wraps <paramref name="memory"/> without copying; the caller must not change the bytes afterwards.</summary>
    public EquatableBytes(ReadOnlyMemory<byte> memory) => Memory = memory;

    /// <summary>The bytes as read-only memory, without copying.</summary>
    public ReadOnlyMemory<byte> Memory { get; }

    /// <summary>The bytes as a span, without copying.</summary>
    public ReadOnlySpan<byte> Span => Memory.Span;

    /// <summary>The number of bytes.</summary>
    public int Length => Memory.Length;

    /// <summary>True when there are no bytes.</summary>
    public bool IsEmpty => Memory.IsEmpty;

    /// <summary>Wraps <paramref name="bytes"/> without copying (null is no bytes).</summary>
    public static implicit operator EquatableBytes(byte[]? bytes) => new(bytes);

    /// <summary>Wraps <paramref name="memory"/> without copying.</summary>
    public static implicit operator EquatableBytes(ReadOnlyMemory<byte> memory) => new(memory);

    /// <summary>The bytes as read-only memory, without copying.</summary>
    public static implicit operator ReadOnlyMemory<byte>(EquatableBytes bytes) => bytes.Memory;

    /// <summary>True when both hold the same bytes, in order.</summary>
    public static bool operator ==(EquatableBytes left, EquatableBytes right) => left.Equals(right);

    /// <summary>True unless both hold the same bytes, in order.</summary>
    public static bool operator !=(EquatableBytes left, EquatableBytes right) => !left.Equals(right);

    /// <summary>Wraps <paramref name="memory"/> without copying (the named form of the conversion).</summary>
    public static EquatableBytes FromReadOnlyMemory(ReadOnlyMemory<byte> memory) => new(memory);

    /// <summary>Wraps <paramref name="bytes"/> without copying (the named form of the conversion).</summary>
    public static EquatableBytes FromByteArray(byte[]? bytes) => new(bytes);

    /// <summary>The bytes as read-only memory (the named form of the conversion).</summary>
    public ReadOnlyMemory<byte> ToReadOnlyMemory() => Memory;

    /// <summary>A copy of the bytes.</summary>
    public byte[] ToArray() => Memory.ToArray();

    /// <summary>True when <paramref name="other"/> holds the same bytes, in order.</summary>
    public bool Equals(EquatableBytes other) => Span.SequenceEqual(other.Span);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EquatableBytes other && Equals(other);

    /// <summary>A hash of every byte.</summary>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(Span);
        return hash.ToHashCode();
    }

    /// <summary>The number of bytes, never the bytes: a body may carry tokens.</summary>
    public override string ToString() => $"[{Length} byte{(Length == 1 ? "" : "s")}]";
}
