using System.Diagnostics.CodeAnalysis;
using LanguageExt;

namespace OpenBanking.Cli.Support;

/// <summary>Takes an <see cref="Either{L, R}"/> apart for commands that return early on its Left.</summary>
internal static class EitherParts
{
    /// <summary>True with the Right value, or false with the Left one; each is typed non-null where it is set.</summary>
    public static bool TryRight<TLeft, TRight>(
        this Either<TLeft, TRight> either, [NotNullWhen(true)] out TRight? right, [NotNullWhen(false)] out TLeft? left)
    {
        // A tuple is never null, so Match can carry the empty side as default.
        (right, left) = either.Match(Right: r => (r, default(TLeft)), Left: l => (default(TRight), l));
        return either.IsRight;
    }
}
