using LanguageExt;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;

namespace OpenBanking.Core.Api;

/// <summary>
/// One operation of a Read/Write API as a value: a pure build from a <see cref="CallContext"/> to the request, and a pure
/// parse of the bank's answer. Nothing is sent until a client (or any <see cref="IRequestInterpreter"/>) is given the
/// request, so a call can be built and printed, snapshot-tested or replayed without a bank. API families keep their
/// calls in a table (e.g. <see cref="Accounts.AccountInformation"/>); <see cref="Flows.OpenBankingClient.Send{T}"/> sends any of them.
/// </summary>
/// <typeparam name="T">What a successful answer is read as.</typeparam>
public sealed class ApiCall<T>
{
    private readonly Func<CallContext, Either<OpenBankingError, HttpRequestSpec>> _build;
    private readonly Func<HttpResponseSpec, string, Either<OpenBankingError, T>> _parse;

    /// <summary>Pairs a build and a parse under an operation name.</summary>
    /// <param name="operation">The operation's name, as errors and recordings show it (e.g. <c>GET account balances</c>).</param>
    /// <param name="build">Builds the request, or says why it cannot be built (a <see cref="ValidationError"/>, never an exception).</param>
    /// <param name="parse">Reads an answer: the response and the name of the operation that asked for it.</param>
    public ApiCall(
        string operation,
        Func<CallContext, Either<OpenBankingError, HttpRequestSpec>> build,
        Func<HttpResponseSpec, string, Either<OpenBankingError, T>> parse)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(operation);
        ArgumentNullException.ThrowIfNull(build);
        ArgumentNullException.ThrowIfNull(parse);
        Operation = operation;
        _build = build;
        _parse = parse;
    }

    /// <summary>The operation's name.</summary>
    public string Operation { get; }

    /// <summary>
    /// True for a submission (a payment or consent POST): it carries an <c>x-idempotency-key</c> from
    /// <see cref="CallContext.IdempotencyKey"/>, so a client fixes the key when it prepares the call and every retry
    /// sends the same key, bytes and signature.
    /// </summary>
    public bool Idempotent { get; init; }

    /// <summary>True when the bank signs this call's answers (<c>x-jws-signature</c>) and a client verifies the signature.</summary>
    public bool SignedResponse { get; init; }

    /// <summary>The request this call sends in <paramref name="context"/>, or why it cannot be sent.</summary>
    public Either<OpenBankingError, HttpRequestSpec> Build(CallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return _build(context);
    }

    /// <summary>Reads <paramref name="response"/> as this call's answer; <paramref name="operation"/> names it in errors (this call's name when null).</summary>
    public Either<OpenBankingError, T> Parse(HttpResponseSpec response, string? operation = null)
    {
        ArgumentNullException.ThrowIfNull(response);
        return _parse(response, operation ?? Operation);
    }

    /// <summary>
    /// The same request, its answer read further: <paramref name="next"/> gets what this call parsed, and the response
    /// (for its interaction id) and operation name. E.g. GET /accounts/{AccountId} is the accounts page, then the one account.
    /// </summary>
    public ApiCall<TNext> Then<TNext>(Func<T, HttpResponseSpec, string, Either<OpenBankingError, TNext>> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        return new ApiCall<TNext>(Operation, _build, (response, operation) => _parse(response, operation).Bind(value => next(value, response, operation)))
        {
            Idempotent = Idempotent,
            SignedResponse = SignedResponse,
        };
    }

    /// <inheritdoc />
    public override string ToString() => $"ApiCall({Operation})";
}
