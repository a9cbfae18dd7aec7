using System.Text.RegularExpressions;
using OpenBanking.Conformance.Traffic;

namespace OpenBanking.Conformance.Endpoints;

/// <summary>What kind of endpoint a request went to.</summary>
public enum EndpointKind
{
    /// <summary>Not one we know: no rule about endpoints applies.</summary>
    Unknown,

    /// <summary>The OpenID Provider's discovery document.</summary>
    Discovery,

    /// <summary>The bank's JWKS.</summary>
    Jwks,

    /// <summary>The token endpoint (a form POST with a <c>grant_type</c>).</summary>
    Token,

    /// <summary>An authorization request (a URL carrying <c>client_id</c> and <c>response_type</c>).</summary>
    Authorization,

    /// <summary>An operation of the Read/Write API (see <see cref="Endpoint.Operation"/>).</summary>
    Api,
}

/// <summary>The endpoint of a request: its kind, and for the Read/Write API the spec's operation.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Operation">The operation, for <see cref="EndpointKind.Api"/>.</param>
public sealed partial record Endpoint(EndpointKind Kind, SpecOperation? Operation = null)
{
    /// <summary>A request no rule about endpoints knows.</summary>
    public static Endpoint Unknown { get; } = new(EndpointKind.Unknown);

    /// <summary>
    /// What the request is, from its method, path, query and body, and the bank's token endpoints and issuer as the
    /// recording names them (<paramref name="traffic"/>; without it only a form with a grant_type is a token request).
    /// Read/Write API paths are recognised for v3.1 (<c>/open-banking/v3.1/…</c>, or <c>v3.1.N</c>) only: other
    /// versions have other rules, so they are <see cref="EndpointKind.Unknown"/> here.
    /// </summary>
    public static Endpoint Of(RecordedRequest request, RecordedTraffic? traffic = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Of(request, traffic is null ? null : RecordingFacts.Of(traffic));
    }

    /// <summary><see cref="Of(RecordedRequest, RecordedTraffic?)"/> with the recording's facts worked out already.</summary>
    internal static Endpoint Of(RecordedRequest request, RecordingFacts? facts)
    {
        var path = request.Path;
        if (path.EndsWith("/.well-known/openid-configuration", StringComparison.Ordinal))
        {
            return new(EndpointKind.Discovery);
        }

        // A form with a grant_type is a token request wherever it goes; a POST to the bank's token endpoint is one
        // even when its body is not a form (which a rule then reports). A TPP's own /api/token in a browser's HAR is not.
        if ((request.Body is RecordedBody.Form form && form["grant_type"] is not null)
            || (request.Method == "POST" && facts is not null && IsBanksTokenEndpoint(request, facts)))
        {
            return new(EndpointKind.Token);
        }

        if (ApiPath().Match(path) is { Success: true } match)
        {
            var segments = match.Groups["rest"].Value.Split('/');
            var operation = Routes.Value.TryGetValue((request.Method, segments.Length), out var candidates)
                ? candidates.FirstOrDefault(r => r.Matches(segments))?.Operation
                : null;
            return operation is null ? Unknown : new(EndpointKind.Api, operation);
        }

        var query = request.Query;
        if (query.Any(q => q.Key == "client_id") && query.Any(q => q.Key == "response_type"))
        {
            return new(EndpointKind.Authorization);
        }

        return path.EndsWith("/jwks", StringComparison.Ordinal) || path.EndsWith("/jwks.json", StringComparison.Ordinal) ? new(EndpointKind.Jwks) : Unknown;
    }

    /// <summary>
    /// Every operation's path under <c>/open-banking/v3.1</c> (its document's base path, then its template), as segments,
    /// by method and number of segments (only those can match); in each, those with fewer parameters first, so a literal
    /// segment wins over a parameter where both would match.
    /// </summary>
    private static readonly Lazy<Dictionary<(string Method, int Length), Route[]>> Routes = new(() =>
        Specs.SpecDocuments.All
            .SelectMany(d => d.Operations.Select(o => new Route(o, (VersionRoot().Replace(d.BasePath, "") + o.Template).Split('/'))))
            .OrderBy(r => r.Segments.Count(s => s.StartsWith('{')))
            .GroupBy(r => (r.Operation.Method, r.Segments.Length))
            .ToDictionary(g => g.Key, g => g.ToArray()));

    private sealed record Route(SpecOperation Operation, string[] Segments)
    {
        public bool Matches(string[] actual)
        {
            if (Segments.Length != actual.Length)
            {
                return false;
            }

            for (var i = 0; i < Segments.Length; i++)
            {
                if (Segments[i].StartsWith('{') ? actual[i].Length == 0 : Segments[i] != actual[i])
                {
                    return false;
                }
            }

            return true;
        }
    }

    private static bool IsBanksTokenEndpoint(RecordedRequest request, RecordingFacts facts)
    {
        var url = request.Url.GetLeftPart(UriPartial.Path);
        var named = facts.TokenEndpoints;
        return named.Count > 0
            ? named.Any(t => TrafficFacts.SameEndpoint(t, url))
            : request.Path.EndsWith("/token", StringComparison.Ordinal) && facts.Issuer is { } issuer
              && Uri.TryCreate(issuer, UriKind.Absolute, out var issuerUrl) && string.Equals(issuerUrl.Host, request.Url.Host, StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex("/open-banking/v3\\.1(\\.[0-9]+)?(?<rest>/.*)$")]
    private static partial Regex ApiPath();

    [GeneratedRegex("^.*/open-banking/v3\\.1(\\.[0-9]+)?")]
    private static partial Regex VersionRoot();
}
