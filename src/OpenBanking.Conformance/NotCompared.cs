namespace OpenBanking.Conformance;

/// <summary>
/// A value a record carries but leaves out of its equality: every <see cref="NotCompared{T}"/> is equal to every other.
/// A record keeps such a member in a field of this type, behind a property of the value's own type, and the
/// compiler's equality then compares everything else — so a member added later is compared unless someone decides
/// otherwise here, in the type, where the reader sees it.
/// </summary>
/// <typeparam name="T">The type of the value.</typeparam>
/// <param name="value">The value.</param>
internal readonly struct NotCompared<T>(T value) : IEquatable<NotCompared<T>>
{
    /// <summary>The value.</summary>
    public T Value { get; } = value;

    public static bool operator ==(NotCompared<T> left, NotCompared<T> right) => left.Equals(right);

    public static bool operator !=(NotCompared<T> left, NotCompared<T> right) => !left.Equals(right);

    /// <summary>Always true: the value takes no part in equality.</summary>
    public bool Equals(NotCompared<T> other) => true;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is NotCompared<T>;

    /// <summary>The same for every value, as <see cref="Equals(NotCompared{T})"/> requires.</summary>
    public override int GetHashCode() => 0;

    /// <inheritdoc />
    public override string ToString() => Value?.ToString() ?? "";
}
