namespace OpenBanking.Core.Errors;

/// <summary>A response (or a redirect, or a JSON document) did not have the shape the spec requires.</summary>
/// <param name="Operation">What was being parsed, e.g. "token response".</param>
/// <param name="Expected">What was expected, e.g. "a JSON object with access_token".</param>
/// <param name="Path">Where in the document the problem is (a JSON path such as <c>$.Data.Account[0]</c>), if known.</param>
/// <param name="Detail">What was found instead; never contains a secret.</param>
/// <param name="ResponseInteractionId">The response's <c>x-fapi-interaction-id</c>, if there was a response.</param>
public sealed record ParseError(
    string Operation,
    string Expected,
    string? Path,
    string Detail,
    string? ResponseInteractionId = null) : OpenBankingError
{
    /// <inheritdoc />
    public override string? InteractionId => ResponseInteractionId;

    /// <inheritdoc />
    public override string Message =>
        Path is null
            ? $"{Operation}: expected {Expected}, but {Detail}"
            : $"{Operation}: expected {Expected} at {Path}, but {Detail}";
}
