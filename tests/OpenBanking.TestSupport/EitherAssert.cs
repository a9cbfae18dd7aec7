using LanguageExt;
using NUnit.Framework;
using OpenBanking.Core.Errors;

namespace OpenBanking.TestSupport;

/// <summary>Unwraps Either results in tests, failing with the other side's text.</summary>
public static class EitherAssert
{
    public static TR Right<TL, TR>(this Either<TL, TR> either) =>
        either.Match(Right: r => r, Left: l => throw new AssertionException($"Expected Right, got Left: {l}"));

    public static TL Left<TL, TR>(this Either<TL, TR> either) =>
        either.Match(Right: r => throw new AssertionException($"Expected Left, got Right: {r}"), Left: l => l);

    public static TError LeftOf<TError, TR>(this Either<OpenBankingError, TR> either)
        where TError : OpenBankingError =>
        either.Left() is TError error ? error : throw new AssertionException($"Expected {typeof(TError).Name}, got {either.Left().GetType().Name}: {either.Left()}");

    public static async Task<TR> Right<TL, TR>(this EitherAsync<TL, TR> either) => (await either.ToEither()).Right();

    public static async Task<TL> Left<TL, TR>(this EitherAsync<TL, TR> either) => (await either.ToEither()).Left();
}
