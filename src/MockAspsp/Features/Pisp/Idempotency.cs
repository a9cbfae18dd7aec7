using System.Security.Cryptography;
using System.Text.RegularExpressions;
using LanguageExt;
using MockAspsp.Domain;
using MockAspsp.Fapi;

namespace MockAspsp.Features.Pisp;

/// <summary>
/// x-idempotency-key, as the Payment Initiation API v3.1.11 and the Read/Write Data API Profile's "Idempotency" section
/// define it: required on every POST (400 UK.OBIE.Header.Missing), at most 40 characters matching
/// <c>^(?!\s)(.*)(\S)$</c> (400 UK.OBIE.Header.Invalid), and "every request will be processed only once per
/// x-idempotency-key" for 24 hours. A request with a key its TPP used in the last 24 hours, to the same endpoint, with
/// the same body (the same bytes) creates nothing: it is answered, as the profile says, with 201 and the resource's
/// current status. The profile also says the TPP "must not change the request body while using the same Idempotency Key"
/// and that the ASPSP then "must not modify the end resource": such a request is refused, 400 UK.OBIE.Header.Invalid on
/// x-idempotency-key (the spec names no code of its own for it), the resource untouched. Only requests that created
/// something are remembered: a refused request has no resource to answer with, and a retry of it is judged afresh.
/// </summary>
public static partial class Idempotency
{
    /// <summary>The header.</summary>
    public const string Header = "x-idempotency-key";

    /// <summary>A POST's identity for idempotency: who sent it, with which key, where, and the hash of its body.</summary>
    /// <param name="ClientId">The TPP.</param>
    /// <param name="Key">Its x-idempotency-key.</param>
    /// <param name="Operation">Method and path.</param>
    /// <param name="BodyHash">Base64 SHA-256 of the body's bytes.</param>
    public sealed record Request(string ClientId, string Key, string Operation, string BodyHash)
    {
        /// <summary>The request for <paramref name="body"/>.</summary>
        public static Request Of(string clientId, string key, string operation, ReadOnlySpan<byte> body) =>
            new(clientId, key, operation, Convert.ToBase64String(SHA256.HashData(body)));
    }

    /// <summary>What <see cref="Once"/> did: created <paramref name="ResourceId"/>, or found it created before (<paramref name="Replayed"/>).</summary>
    public sealed record Outcome(string ResourceId, bool Replayed);

    /// <summary>The header's value, checked: the spec's length and pattern.</summary>
    public static Either<ObError, string> Key(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return new ObError(400, ObCodes.HeaderMissing, "x-idempotency-key is required on this request", Header);
        }

        return value.Length <= 40 && KeyPattern().IsMatch(value)
            ? value
            : new ObError(400, ObCodes.HeaderInvalid, "x-idempotency-key must be 1 to 40 characters, not starting or ending with white space", Header);
    }

    /// <summary>
    /// Runs <paramref name="create"/> once per key: a repeat within 24 hours finds what the first created (or is refused
    /// when its body or endpoint differs), with the state unchanged; a first request's creation is remembered with it.
    /// </summary>
    public static (BankState State, Either<ObError, Outcome> Result) Once(
        BankState state, Request request, DateTimeOffset now, Func<BankState, (BankState State, Either<ObError, string> Created)> create)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(create);
        var storeKey = IdempotentRequest.StoreKey(request.ClientId, request.Key);
        if (state.IdempotentRequests.TryGetValue(storeKey, out var seen) && seen.ExpiresAt > now)
        {
            return seen.Operation == request.Operation && seen.BodyHash == request.BodyHash
                ? (state, new Outcome(seen.ResourceId, Replayed: true))
                : (state, new ObError(400, ObCodes.HeaderInvalid,
                    $"x-idempotency-key '{request.Key}' was used in the last 24 hours for {(seen.Operation == request.Operation ? "another body" : seen.Operation)}: a retry must send the same body, and a new request a new key",
                    Header));
        }

        var (next, created) = create(state);
        return created.Match(
            Right: id =>
            {
                var remembered = next.Pruned(now);
                return (remembered with
                {
                    IdempotentRequests = remembered.IdempotentRequests.SetItem(storeKey,
                        new IdempotentRequest(request.ClientId, request.Key, request.Operation, request.BodyHash, id, now + IdempotentRequest.Lifetime)),
                }, Prelude.Right<ObError, Outcome>(new Outcome(id, Replayed: false)));
            },
            Left: error => (state, Prelude.Left<ObError, Outcome>(error)));
    }

    [GeneratedRegex(@"^(?!\s)(.*)(\S)$")]
    private static partial Regex KeyPattern();
}
