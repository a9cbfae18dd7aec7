namespace OpenBanking.Core.Authorization;

/// <summary>The claims of a verified id_token that a TPP acts on.</summary>
/// <param name="Subject">The <c>sub</c> (in the Read/Write API, usually the consent id).</param>
/// <param name="ConsentId">The <c>openbanking_intent_id</c>.</param>
/// <param name="IssuedAt">The <c>iat</c>.</param>
/// <param name="ExpiresAt">The <c>exp</c>.</param>
/// <param name="Acr">The <c>acr</c>: whether SCA was performed.</param>
/// <param name="AuthTime">The <c>auth_time</c>, if present.</param>
public sealed record IdTokenClaims(
    string Subject,
    string ConsentId,
    DateTimeOffset IssuedAt,
    DateTimeOffset ExpiresAt,
    string? Acr,
    DateTimeOffset? AuthTime);
