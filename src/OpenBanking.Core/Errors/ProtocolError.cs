namespace OpenBanking.Core.Errors;

/// <summary>
/// An OAuth 2.0 / OpenID Connect error (RFC 6749 §4.1.2.1 and §5.2): from the token endpoint's
/// JSON body, or from the authorisation redirect (e.g. <c>access_denied</c> when the customer
/// declines).
/// </summary>
/// <param name="Error">The <c>error</c> code, e.g. <c>invalid_client</c>.</param>
/// <param name="Description">The <c>error_description</c>, if any.</param>
/// <param name="Operation">Where the error came from, e.g. "token request (client_credentials)".</param>
/// <param name="Status">The HTTP status, or null for an error in a redirect.</param>
/// <param name="ResponseInteractionId">The response's <c>x-fapi-interaction-id</c>.</param>
public sealed record ProtocolError(
    string Error,
    string? Description,
    string Operation,
    int? Status = null,
    string? ResponseInteractionId = null) : OpenBankingError
{
    /// <inheritdoc />
    public override string? InteractionId => ResponseInteractionId;

    /// <inheritdoc />
    public override string Message
    {
        get
        {
            var status = Status is { } s ? $" (HTTP {s})" : "";
            var description = string.IsNullOrEmpty(Description) ? "" : $": {Description}";
            return $"{Operation} refused with OAuth error '{Error}'{status}{description}";
        }
    }
}
