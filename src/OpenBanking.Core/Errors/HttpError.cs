namespace OpenBanking.Core.Errors;

/// <summary>
/// The bank answered with a status the operation does not accept and a body that is neither an
/// OAuth error nor an OBIE error response (an HTML error page, an empty 502, ...).
/// </summary>
/// <param name="Status">The HTTP status code.</param>
/// <param name="Operation">What was being done, e.g. "token request" or "GET accounts".</param>
/// <param name="ContentType">The response's content type, if any.</param>
/// <param name="BodyExcerpt">The start of the body, capped (see <see cref="BodyExcerpt"/>).</param>
/// <param name="ResponseInteractionId">The response's <c>x-fapi-interaction-id</c>.</param>
public sealed record HttpError(
    int Status,
    string Operation,
    string? ContentType,
    string BodyExcerpt,
    string? ResponseInteractionId) : OpenBankingError
{
    /// <inheritdoc />
    public override string? InteractionId => ResponseInteractionId;

    /// <inheritdoc />
    public override string Message
    {
        get
        {
            var kind = Status >= 500 ? "the bank failed" : "unexpected answer";
            var body = BodyExcerpt.Length == 0 ? "an empty body" : $"{ContentType ?? "no content type"}: \"{BodyExcerpt}\"";
            return $"{Operation}: {kind} with HTTP {Status} and {body}";
        }
    }
}
