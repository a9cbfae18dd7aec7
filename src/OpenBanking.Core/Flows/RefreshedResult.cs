using LanguageExt;
using OpenBanking.Core.Errors;
using OpenBanking.Core.OAuth;

namespace OpenBanking.Core.Flows;

/// <summary>
/// The outcome of a call made with <c>OpenBankingClient.CallWithRefresh</c>: its result, and the tokens to
/// keep from now on — new ones when the access token was refreshed (store them), the given ones otherwise.
/// Printing it never shows a token (<see cref="TokenResponse"/> redacts them).
/// </summary>
/// <typeparam name="T">What the call reads.</typeparam>
/// <param name="Result">The call's result, or its error.</param>
/// <param name="Tokens">The tokens to keep.</param>
/// <param name="Refreshed">True when the access token was refreshed on the way.</param>
public sealed record RefreshedResult<T>(Either<OpenBankingError, T> Result, TokenResponse Tokens, bool Refreshed);
