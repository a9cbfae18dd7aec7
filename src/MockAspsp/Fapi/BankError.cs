namespace MockAspsp.Fapi;

/// <summary>Why the mock bank refuses a request, in the form the endpoint answers with.</summary>
public abstract record BankError
{
    private protected BankError()
    {
    }

    /// <summary>The HTTP status.</summary>
    public abstract int Status { get; }
}

/// <summary>An OAuth 2.0 error (RFC 6749 §5.2): the token and authorisation endpoints answer with these.</summary>
/// <param name="Status">400, or 401 for a failed client authentication.</param>
/// <param name="Error">invalid_client, invalid_grant, invalid_request, unauthorized_client, unsupported_grant_type, invalid_scope, invalid_request_object, ...</param>
/// <param name="Description">What exactly was wrong.</param>
public sealed record OAuthError(int Status, string Error, string Description) : BankError
{
    /// <inheritdoc />
    public override int Status { get; } = Status;

    /// <summary>A failed client authentication (RFC 6749 §5.2: 401).</summary>
    public static OAuthError InvalidClient(string description) => new(401, "invalid_client", description);

    /// <summary>A bad code or refresh token.</summary>
    public static OAuthError InvalidGrant(string description) => new(400, "invalid_grant", description);

    /// <summary>A malformed request.</summary>
    public static OAuthError InvalidRequest(string description) => new(400, "invalid_request", description);
}

/// <summary>A Read/Write API error: an OBErrorResponse1 with one OBIE error code.</summary>
/// <param name="Status">400, 401, 403, 404, 405, 406, 413, 415 or 429.</param>
/// <param name="ErrorCode">The OBIE code, e.g. <c>UK.OBIE.Field.Invalid</c>.</param>
/// <param name="Message">What exactly was wrong.</param>
/// <param name="Path">The offending field or header, if any.</param>
/// <param name="RetryAfterSeconds">For 429: how long to wait, sent as Retry-After.</param>
/// <param name="RefusesToken">
/// For a 401 that refuses the presented access token (unknown, expired, revoked, or bound to another certificate):
/// answered without a body, the reason in <c>WWW-Authenticate: Bearer error="invalid_token"</c> (Read/Write Data API
/// Profile §401: "must return a 401 without any error response"; RFC 6750 §3; RFC 8705 §3).
/// </param>
public sealed record ObError(int Status, string ErrorCode, string Message, string? Path = null, int? RetryAfterSeconds = null, bool RefusesToken = false) : BankError
{
    /// <inheritdoc />
    public override int Status { get; } = Status;
}
