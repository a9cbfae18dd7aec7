using System.Collections.Concurrent;
using LanguageExt;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;

namespace OpenBanking.Core.Tests.Support;

/// <summary>
/// An interpreter that answers from a function and keeps every request it was given: the flows
/// run against it with no server at all.
/// </summary>
internal sealed class ScriptedBank(Func<HttpRequestSpec, Either<OpenBankingError, HttpResponseSpec>> answer) : IRequestInterpreter
{
    private readonly ConcurrentQueue<HttpRequestSpec> _requests = new();

    public IReadOnlyList<HttpRequestSpec> Requests => _requests.ToList();

    public EitherAsync<OpenBankingError, HttpResponseSpec> Send(HttpRequestSpec request, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _requests.Enqueue(request);
        return answer(request).ToAsync();
    }

    public static HttpResponseSpec Json(int status, string body, string interactionId = "bank-interaction-id") =>
        HttpResponseSpec.FromText(status, body,
            KeyValuePair.Create("Content-Type", "application/json; charset=utf-8"),
            KeyValuePair.Create("x-fapi-interaction-id", interactionId));
}
