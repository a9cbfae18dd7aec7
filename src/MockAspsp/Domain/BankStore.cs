namespace MockAspsp.Domain;

/// <summary>
/// The mock bank's memory: one <see cref="BankState"/> swapped atomically. Handlers read a snapshot,
/// compute a decision purely, and apply it with <see cref="Update{T}"/>; a decision that fails changes nothing.
/// </summary>
public sealed class BankStore
{
    private readonly Lock _gate = new();
    private BankState _state = BankState.Empty;

    /// <summary>The current state (a snapshot: it never changes under you).</summary>
    public BankState Current
    {
        get
        {
            lock (_gate)
            {
                return _state;
            }
        }
    }

    /// <summary>
    /// Runs <paramref name="decide"/> on the current state under the lock; when it returns a new state, that becomes
    /// current. Decisions see every earlier update, so two requests can never both use one code or jti.
    /// </summary>
    public T Update<T>(Func<BankState, (BankState State, T Result)> decide)
    {
        ArgumentNullException.ThrowIfNull(decide);
        lock (_gate)
        {
            var (state, result) = decide(_state);
            _state = state;
            return result;
        }
    }
}
