using OpenBanking.Core.Api;
using OpenBanking.Core.Http;

namespace OpenBanking.Core.Flows;

/// <summary>
/// A submission built once — its <c>x-idempotency-key</c>, body bytes and <c>x-jws-signature</c> fixed — so that every
/// send of it, the client's retries and a later resubmission by the caller alike, is the same request. Make one with
/// <see cref="OpenBankingClient.Prepare{T}"/> and send it with <see cref="OpenBankingClient.Submit{T}"/>; keep it (or its key)
/// until the outcome is known. <see cref="ToString"/> shows no token.
/// </summary>
/// <typeparam name="T">What a successful answer is read as.</typeparam>
/// <param name="Call">The call it was built from (its parse and its response-signature rule).</param>
/// <param name="Request">The request, exactly as every attempt sends it.</param>
public sealed record PreparedSubmission<T>(ApiCall<T> Call, HttpRequestSpec Request)
{
    /// <summary>The <c>x-idempotency-key</c> every attempt carries.</summary>
    public string IdempotencyKey => Request.Header(Protocol.FapiHeaders.IdempotencyKey) ?? "";

    /// <inheritdoc />
    public override string ToString() => $"PreparedSubmission({Call.Operation}, x-idempotency-key {IdempotencyKey})";
}
