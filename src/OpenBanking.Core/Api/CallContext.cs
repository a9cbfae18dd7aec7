using System.Text;
using OpenBanking.Core.Configuration;
using OpenBanking.Core.Http;

namespace OpenBanking.Core.Api;

/// <summary>
/// Everything an <see cref="ApiCall{T}"/> builds its request from, gathered once by the shell (the client) before the build:
/// the bank's configuration, the access token, the current time and a fresh <c>x-fapi-interaction-id</c>, and the PSU's
/// context when the PSU is present. Builders read nothing else, so the same context gives the same request.
/// <see cref="ToString"/> never shows the access token.
/// </summary>
/// <param name="Config">The bank's validated configuration.</param>
/// <param name="AccessToken">The access token the request carries: the client credentials token for consents, the PSU's for resources.</param>
/// <param name="InteractionId">A fresh <c>x-fapi-interaction-id</c>.</param>
/// <param name="Now">The current time.</param>
/// <param name="Customer">The PSU's context, when the PSU is present.</param>
/// <param name="IdempotencyKey">
/// The <c>x-idempotency-key</c> of a submission (<see cref="ApiCall{T}.Idempotent"/>), fixed when it is prepared so every
/// retry sends the same key; null for other calls.
/// </param>
public sealed record CallContext(
    ValidatedApiConfig Config, string AccessToken, string InteractionId, DateTimeOffset Now, CustomerContext? Customer = null, string? IdempotencyKey = null)
{
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"InteractionId = {InteractionId}, Now = {IsoDateTime.Format(Now)}, Customer = {Customer?.ToString() ?? "(absent)"}, IdempotencyKey = {IdempotencyKey ?? "(none)"}, AccessToken = ***");
        return true;
    }
}
