using System.Text.RegularExpressions;
using LanguageExt;
using OpenBanking.Core.Api;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Jose;
using OpenBanking.Core.Protocol;

namespace OpenBanking.Core.Http;

/// <summary>
/// The request transform every submission of the write side shares (payments, VRP): the <c>x-idempotency-key</c> the
/// context fixed, and the <c>x-jws-signature</c> over exactly the bytes the interpreter will send. A pure function of the
/// request and the context (the signer is a capability of the configuration), written once for every family.
/// </summary>
public static partial class SignedRequest
{
    /// <summary>The longest <c>x-idempotency-key</c> the Read/Write API allows.</summary>
    public const int MaxIdempotencyKeyLength = 40;

    /// <summary>
    /// <paramref name="request"/> with <c>x-idempotency-key</c> and <c>x-jws-signature</c> added (replacing any there), or a
    /// <see cref="ValidationError"/>: no key in the context, a key the spec does not allow (at most 40 characters, no
    /// leading or trailing white space), no signer, no <c>org_id</c>/<c>software_statement_id</c> for the <c>iss</c> claim,
    /// or a signer that fails.
    /// </summary>
    public static Either<OpenBankingError, HttpRequestSpec> Apply(HttpRequestSpec request, CallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var config = context.Config;
        if (IdempotencyKeyProblem(context.IdempotencyKey) is { } keyProblem)
        {
            return new ValidationError(FapiHeaders.IdempotencyKey, keyProblem);
        }

        if (config.Signer is null)
        {
            return new ValidationError(FapiHeaders.JwsSignature,
                "payment requests are signed: configure signing_key and kid (or pass a signer to Validate)");
        }

        if (config.JwsIssuer is null)
        {
            return new ValidationError(FapiHeaders.JwsSignature,
                "payment requests are signed with iss {org_id}/{software_statement_id}: configure org_id and software_statement_id");
        }

        var claims = new JwsSignatureClaims(context.Now, config.JwsIssuer, config.JwsTrustAnchor, config.JwsUnencodedPayload);
        return DetachedJws.Sign(config.Signer, request.Body.ToBytes(), claims)
            .MapLeft(error => (OpenBankingError)error)
            .Map(signature => request with
            {
                Headers = request.Headers
                    .Where(h => !IsReplaced(h.Key))
                    .Append(KeyValuePair.Create(FapiHeaders.IdempotencyKey, context.IdempotencyKey!))
                    .Append(KeyValuePair.Create(FapiHeaders.JwsSignature, signature))
                    .ToEquatableList(),
            });
    }

    /// <summary>
    /// Why <paramref name="key"/> cannot be an <c>x-idempotency-key</c> (Read/Write API "Request Headers": at most 40
    /// characters, pattern <c>^(?!\s)(.*)(\S)$</c>, and it must be sendable in a header), or null when it can.
    /// </summary>
    public static string? IdempotencyKeyProblem(string? key) => key switch
    {
        null or "" => "a submission needs an idempotency key (prepare it through a client, or give CallContext.IdempotencyKey)",
        { Length: > MaxIdempotencyKeyLength } => $"'{key}' is {key.Length} characters; at most {MaxIdempotencyKeyLength} are allowed",
        _ when !KeyPattern().IsMatch(key) => $"'{key}' starts or ends with white space (pattern ^(?!\\s)(.*)(\\S)$)",
        _ when key.Any(c => c is < ' ' or > '~') => "the key has control or non-ASCII characters, which cannot be sent in a header",
        _ => null,
    };

    private static bool IsReplaced(string name) =>
        string.Equals(name, FapiHeaders.IdempotencyKey, StringComparison.OrdinalIgnoreCase)
        || string.Equals(name, FapiHeaders.JwsSignature, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^(?!\s)(.*)(\S)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex KeyPattern();
}
