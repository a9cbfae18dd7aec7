using OpenBanking.Conformance.Traffic;

namespace OpenBanking.Conformance.Rules;

/// <summary>
/// The x-idempotency-key across a recording (Read/Write Data API Profile v3.1.11 §Idempotency): a retried request
/// sends the key it was first sent with, and a key is never sent with another request. That the key is there and
/// well-formed is TPP-HDR-008's; these rules judge every request whose operation requires one (payment, VRP and file
/// consents, submissions and file uploads).
/// </summary>
public static class IdempotencyRules
{
    private const string Idempotency = "Read/Write Data API Profile v3.1.11 §Idempotency";
    private const string Path = "$.request.headers.x-idempotency-key";

    /// <summary>How long a bank holds a key: a key used again after this is a new key to it.</summary>
    public static readonly TimeSpan KeyLifetime = TimeSpan.FromHours(24);

    /// <summary>The rules.</summary>
    public static IReadOnlyList<Rule> All { get; } =
    [
        new(new("TPP-IDM-001", Severity.Error, "A retry of a request (same method, URL and body) sends the same x-idempotency-key",
                $"{Idempotency} (the ASPSP treats a request with a key it saw in the preceding 24 hours as the same request and creates no new resource); "
                + "Payment Initiation and VRP API v3.1.11 OpenAPI files (\"Every request will be processed only once per x-idempotency-key\")",
                "Fix the key when the request is prepared and send it with every retry of the same bytes; a new key asks the bank for a new consent or a second payment"),
            view => Keyed(view) is not { } request ? []
                : Requests(view).Same.TryGetValue((request.Target, request.Body), out var same)
                  && same.LastOrDefault(s => s.Position < Before(view) && s.Key != request.Key) is { } earlier
                    ? [new(Path, $"'{request.Key}' is not the key exchange #{earlier.Number} sent the same request with ('{earlier.Key}')")]
                    : []),

        new(new("TPP-IDM-002", Severity.Error, "An x-idempotency-key is never sent with a different request within 24 hours",
                $"{Idempotency} (\"The TPP must not change the request body while using the same x-idempotency-key\"; the ASPSP answers with the first request's resource, or refuses)",
                "Make a new key for every new request (a UUID fits); keep one only for retries of the same bytes"),
            view => Keyed(view) is not { } request ? []
                : Requests(view).ByKey.TryGetValue(request.Key, out var used)
                  && used.LastOrDefault(u => u.Position < Before(view) && (u.Target, u.Body) != (request.Target, request.Body) && Within(u.At, view.At)) is { } earlier
                    ? [new(Path, $"'{request.Key}' was sent with {(earlier.Target == request.Target ? "another body" : earlier.Target)} in exchange #{earlier.Number}")]
                    : []),
    ];

    /// <summary>One request that carries the key its operation requires.</summary>
    /// <param name="Position">Where it is in the recording (from 0).</param>
    /// <param name="Number">Its exchange's number.</param>
    /// <param name="Key">Its x-idempotency-key.</param>
    /// <param name="Target">Its method and URL.</param>
    /// <param name="Body">Its body as sent, or as the recording keeps it (see <see cref="RequestSignature.BodyText"/>).</param>
    /// <param name="At">When it was sent, when the recording says.</param>
    private sealed record KeyedRequest(int Position, int Number, string Key, string Target, string Body, DateTimeOffset? At);

    private sealed record Index(Dictionary<(string Target, string Body), List<KeyedRequest>> Same, Dictionary<string, List<KeyedRequest>> ByKey);

    private static readonly object RequestsIndex = new();

    private static int Before(ExchangeView view) => view.Facts.CountBefore(view.Exchange.Number);

    private static KeyedRequest? Keyed(ExchangeView view) =>
        RequestHeaderRules.Required(view, "x-idempotency-key") && view.Request.Header("x-idempotency-key") is { Length: > 0 } key
            ? new(-1, view.Exchange.Number, key, Target(view.Request), RequestSignature.BodyText(view.Request.Body), view.At)
            : null;

    private static string Target(RecordedRequest request) => $"{request.Method} {request.Url.GetLeftPart(UriPartial.Query)}";

    /// <summary>True unless both times are known and further apart than the bank keeps a key.</summary>
    private static bool Within(DateTimeOffset? earlier, DateTimeOffset? now) =>
        earlier is not { } a || now is not { } b || (b - a).Duration() <= KeyLifetime;

    /// <summary>Every keyed request of the recording, by request and by key, built once.</summary>
    private static Index Requests(ExchangeView view) =>
        view.Facts.Index(RequestsIndex, facts =>
        {
            var index = new Index(new(), new(StringComparer.Ordinal));
            for (var i = 0; i < facts.Traffic.Exchanges.Count; i++)
            {
                if (Keyed(new ExchangeView(facts.Traffic.Exchanges[i], facts.Endpoints[i], facts.Traffic)) is { } keyed)
                {
                    var request = keyed with { Position = i };
                    Add(index.Same, (request.Target, request.Body), request);
                    Add(index.ByKey, request.Key, request);
                }
            }

            return index;
        });

    private static void Add<TKey>(Dictionary<TKey, List<KeyedRequest>> index, TKey key, KeyedRequest request)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(request);
    }
}
