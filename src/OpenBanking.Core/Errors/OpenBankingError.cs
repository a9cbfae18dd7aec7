namespace OpenBanking.Core.Errors;

/// <summary>
/// Every way an Open Banking operation can fail, as a value. The hierarchy is closed: a
/// <c>switch</c> over <see cref="ConfigError"/>, <see cref="TransportError"/>, <see cref="HttpError"/>,
/// <see cref="ProtocolError"/>, <see cref="ApiError"/>, <see cref="ParseError"/>,
/// <see cref="ValidationError"/>, <see cref="ConsentNotUsableError"/> and <see cref="ReauthenticateError"/> covers them all
/// (the last two are what the consent lifecycle and the refreshing call read out of ApiErrors and ProtocolErrors).
/// </summary>
/// <remarks>
/// <see cref="ToString"/> reads as one sentence a person can act on and never contains a
/// secret (client secrets, private keys, tokens and authorisation codes are never put into
/// an error in the first place; response bodies are capped excerpts).
/// </remarks>
public abstract record OpenBankingError
{
    private protected OpenBankingError()
    {
    }

    /// <summary>One readable sentence describing what went wrong and, where known, what to change.</summary>
    public abstract string Message { get; }

    /// <summary>The <c>x-fapi-interaction-id</c> the bank answered with, when there was an answer.</summary>
    public virtual string? InteractionId => null;

    /// <inheritdoc />
    public sealed override string ToString() =>
        InteractionId is null ? Message : $"{Message} (x-fapi-interaction-id {InteractionId})";
}
