using LanguageExt;
using OpenBanking.Core.Configuration;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;

namespace OpenBanking.Core.Api;

/// <summary>
/// A Read/Write API family as a value: its name, the segment its base path ends in (<c>aisp</c>, <c>pisp</c>, <c>cbpii</c>),
/// the OAuth scope its tokens carry and the path of its consent resource. Its operations are <see cref="ApiCall{T}"/>s made
/// with its <c>Call</c> methods, kept in the family's table (e.g. <see cref="Accounts.AccountInformation"/>).
/// </summary>
/// <param name="Name">The family's name, e.g. <c>Account and Transaction API</c>.</param>
/// <param name="PathSegment">The last segment of its base path: the base path is <see cref="ValidatedApiConfig.BasePath"/> of it.</param>
/// <param name="Scope">The OAuth scope for its tokens, e.g. <c>accounts</c>.</param>
/// <param name="ConsentPath">The path of its consent resource under the base path, e.g. <c>/account-access-consents</c>.</param>
public sealed record ApiFamily(string Name, string PathSegment, string Scope, string ConsentPath)
{
    /// <summary>The family's base path for <paramref name="config"/>, which follows <c>api_version</c> unless set.</summary>
    public string BasePath(ValidatedApiConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return config.BasePath(PathSegment);
    }

    /// <summary>The resource server URL of <paramref name="relativePath"/> (which starts with '/') under the family's base path.</summary>
    public Uri Url(ValidatedApiConfig config, string relativePath)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(relativePath);
        return new Uri($"{config.ResourceEndpoint.GetLeftPart(UriPartial.Path).TrimEnd('/')}{BasePath(config)}{relativePath}");
    }

    /// <summary>
    /// An operation of this family: <paramref name="method"/> on the path <paramref name="path"/> gives (or the reason it
    /// cannot, e.g. an empty id), with the shared headers (token, interaction id, financial id, customer headers).
    /// </summary>
    /// <param name="operation">The operation's name.</param>
    /// <param name="method">The HTTP method.</param>
    /// <param name="path">The path under the base path, from the context (e.g. with a query or an id).</param>
    /// <param name="parse">Reads the answer.</param>
    /// <param name="body">The body, from the context; none when null.</param>
    /// <param name="accept">The Accept header: JSON unless given.</param>
    /// <param name="signedResponse">True when the bank signs the answer (<see cref="ApiCall{T}.SignedResponse"/>).</param>
    public ApiCall<T> Call<T>(
        string operation,
        HttpMethod method,
        Func<CallContext, Either<OpenBankingError, string>> path,
        Func<HttpResponseSpec, string, Either<OpenBankingError, T>> parse,
        Func<CallContext, Either<OpenBankingError, RequestBody>>? body = null,
        string accept = ResourceRequest.JsonMediaType,
        bool signedResponse = false)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(path);
        return new ApiCall<T>(operation, context =>
            from relative in path(context)
            from content in body is null ? Prelude.Right<OpenBankingError, RequestBody>(RequestBody.None) : body(context)
            from request in ResourceRequest.Build(context, operation, method, Url(context.Config, relative), content, accept)
            select request,
            parse)
        {
            SignedResponse = signedResponse,
        };
    }

    /// <summary>
    /// A submission of this family: a POST of <paramref name="body"/> that carries the context's <c>x-idempotency-key</c>
    /// and an <c>x-jws-signature</c> over exactly the body's bytes (<see cref="SignedRequest"/>), and whose answer the bank
    /// signs. Every payment and consent POST of the Payment Initiation and VRP APIs is one.
    /// </summary>
    /// <param name="operation">The operation's name.</param>
    /// <param name="path">The path under the base path, from the context.</param>
    /// <param name="parse">Reads the answer.</param>
    /// <param name="body">The body, from the context (a <see cref="ValidationError"/> when the input is not sendable).</param>
    public ApiCall<T> Submission<T>(
        string operation,
        Func<CallContext, Either<OpenBankingError, string>> path,
        Func<HttpResponseSpec, string, Either<OpenBankingError, T>> parse,
        Func<CallContext, Either<OpenBankingError, RequestBody>> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var post = Call(operation, HttpMethod.Post, path, parse, body);
        return new ApiCall<T>(operation, context => post.Build(context).Bind(request => SignedRequest.Apply(request, context)), post.Parse)
        {
            Idempotent = true,
            SignedResponse = true,
        };
    }
}
