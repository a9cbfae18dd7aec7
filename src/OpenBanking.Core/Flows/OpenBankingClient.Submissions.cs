using LanguageExt;
using OpenBanking.Core.Api;
using OpenBanking.Core.Authorization;
using OpenBanking.Core.Configuration;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;
using OpenBanking.Core.Jose;
using OpenBanking.Core.Protocol;

namespace OpenBanking.Core.Flows;

/// <summary>Submissions that hold under retries, and the bank's response signatures checked.</summary>
public partial class OpenBankingClient
{
    private JsonWebKeySet? _responseKeys;

    /// <summary>
    /// Builds <paramref name="call"/> once, with a fresh <c>x-idempotency-key</c> when it is a submission, so that every
    /// send of the result — retries included — is byte for byte the same request (same key, body and <c>x-jws-signature</c>).
    /// </summary>
    public Either<OpenBankingError, PreparedSubmission<T>> Prepare<T>(string accessToken, ApiCall<T> call, CustomerContext? customer = null)
    {
        ArgumentNullException.ThrowIfNull(accessToken);
        ArgumentNullException.ThrowIfNull(call);
        var context = Context(accessToken, customer) with { IdempotencyKey = call.Idempotent ? _ids.NewId() : null };
        return call.Build(context).Map(request => new PreparedSubmission<T>(call, request));
    }

    /// <summary>
    /// Sends <paramref name="prepared"/> and reads the answer, sending the very same request again on a transport failure, a
    /// 5xx or a 429 — at most <c>submission_max_attempts</c> times, waiting <c>submission_retry_delay_seconds</c> doubled
    /// each time, or what the bank's <c>Retry-After</c> asks when it says. When no attempt got an answer that settles the
    /// outcome (transport failures and 5xx to the end), the result is a <see cref="SubmissionOutcomeUnknown"/> with the key:
    /// call this again with the same <paramref name="prepared"/> later; the bank makes nothing twice for one key.
    /// </summary>
    public EitherAsync<OpenBankingError, T> Submit<T>(PreparedSubmission<T> prepared, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        return Attempts(prepared, cancellationToken).ToAsync().Bind(response => Verified(prepared.Call, response, prepared.Request.Operation, cancellationToken));
    }

    /// <summary>
    /// Verifies the bank's <c>x-jws-signature</c> on <paramref name="response"/> with its keys (<c>aspsp_jwks_uri</c>, else its
    /// JWKS): the detached form, algorithm, <c>kid</c>, <c>crit</c>, <c>iss</c> (the configured <c>aspsp_org_id</c>), <c>tan</c>,
    /// an <c>iat</c> not in the future, and the signature over the exact bytes received. An unknown <c>kid</c> fetches the
    /// keys once more (the bank may have rotated them). A response without a signature passes only under
    /// <c>response_signature: when_present</c>.
    /// </summary>
    public EitherAsync<OpenBankingError, Option<JwsSignatureHeader>> VerifyResponseSignature(HttpResponseSpec response, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.Header(FapiHeaders.JwsSignature) is not { Length: > 0 } signature)
        {
            return Config.ResponseSignature == ResponseSignaturePolicy.WhenPresent
                ? Prelude.RightAsync<OpenBankingError, Option<JwsSignatureHeader>>(Option<JwsSignatureHeader>.None)
                : Prelude.LeftAsync<OpenBankingError, Option<JwsSignatureHeader>>(new ValidationError(FapiHeaders.JwsSignature,
                    $"the bank's answer (HTTP {response.Status}) is not signed; set response_signature to when_present for a bank that does not sign"));
        }

        var expected = new JwsSignatureExpectations(Now, Config.ClockSkew, Config.AspspOrgId, Config.JwsTrustAnchor, Config.JwsUnencodedPayload);
        return
            from first in ResponseKeys(refresh: false, cancellationToken)
            from verified in DetachedJws.Verify(signature, response.Body.Span, first, expected).Match(
                Right: header => Prelude.RightAsync<OpenBankingError, JwsSignatureHeader>(header),
                // The bank may have rotated its keys since they were read: read them again, once.
                Left: error => error.Check == $"{FapiHeaders.JwsSignature}.kid"
                    ? from fresh in ResponseKeys(refresh: true, cancellationToken)
                      from header in DetachedJws.Verify(signature, response.Body.Span, fresh, expected).MapLeft(e => (OpenBankingError)e).ToAsync()
                      select header
                    : Prelude.LeftAsync<OpenBankingError, JwsSignatureHeader>(error))
            select Option<JwsSignatureHeader>.Some(verified);
    }

    /// <summary>Sends a built request once, verifies the answer's signature when the call is signed, and reads it.</summary>
    private EitherAsync<OpenBankingError, T> Exchange<T>(ApiCall<T> call, HttpRequestSpec request, CancellationToken cancellationToken) =>
        from response in _http.Send(request, cancellationToken)
        from result in Verified(call, response, request.Operation, cancellationToken)
        select result;

    // Only answers the bank means as success are verified: an error body is read as the error it is, signed or not.
    private EitherAsync<OpenBankingError, T> Verified<T>(ApiCall<T> call, HttpResponseSpec response, string operation, CancellationToken cancellationToken) =>
        call.SignedResponse && response.IsSuccess && response.Body.Length > 0
            ? from _ in VerifyResponseSignature(response, cancellationToken).MapLeft(error => Named(error, operation))
              from result in call.Parse(response, operation).ToAsync()
              select result
            : call.Parse(response, operation).ToAsync();

    private async Task<Either<OpenBankingError, HttpResponseSpec>> Attempts<T>(PreparedSubmission<T> prepared, CancellationToken cancellationToken)
    {
        var delay = Config.SubmissionRetryDelay;
        for (var attempt = 1; ; attempt++)
        {
            var sent = await _http.Send(prepared.Request, cancellationToken).ToEither().ConfigureAwait(false);
            var response = sent.Case as HttpResponseSpec;
            var failure = sent.Case as OpenBankingError;
            if (response is not null ? response.Status != 429 && response.Status < 500 : failure is null || !Retryable(failure))
            {
                return sent;
            }

            // A 429 was refused before anything was done; a 5xx or a lost answer may hide a payment that was made.
            var unsettled = response is null ? failure : response.Status >= 500 ? ResponseErrors.Classify(response, prepared.Request.Operation) : null;
            var wait = (response is null ? null : RetryAfter.Of(response, Now)) ?? delay;
            // Out of attempts, or the bank asks for longer than a request may take: say so now rather than hold the caller.
            if (attempt >= Config.SubmissionMaxAttempts || wait > Config.RequestTimeout)
            {
                return unsettled is null
                    ? sent
                    : new SubmissionOutcomeUnknown(prepared.Request.Operation, prepared.IdempotencyKey, attempt, unsettled);
            }

            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
            delay += delay;
        }
    }

    private static bool Retryable(OpenBankingError error) =>
        error is TransportError { Failure: TransportFailure.Connection or TransportFailure.ConnectionClosed or TransportFailure.Timeout or TransportFailure.NameResolution or TransportFailure.InvalidResponse };

    private EitherAsync<OpenBankingError, JsonWebKeySet> ResponseKeys(bool refresh, CancellationToken cancellationToken)
    {
        if (!refresh && Volatile.Read(ref _responseKeys) is { } cached)
        {
            return Prelude.RightAsync<OpenBankingError, JsonWebKeySet>(cached);
        }

        var keys = Config.AspspJwksUri is { } uri
            ? Run(Discovery.JwksRequest(uri), (response, _) => Discovery.ParseJwks(response), cancellationToken)
            : Jwks(cancellationToken);
        return keys.Map(set =>
        {
            Volatile.Write(ref _responseKeys, set);
            return set;
        });
    }

    private static OpenBankingError Named(OpenBankingError error, string operation) =>
        error is ValidationError validation ? validation with { Detail = $"{operation}: {validation.Detail}" } : error;
}
