using OpenBanking.Conformance.Traffic;

namespace OpenBanking.Conformance.Endpoints;

/// <summary>What a recording says about the bank it talked to: its issuer and token endpoints.</summary>
public static class TrafficFacts
{
    /// <summary>The authorization server's issuer: the recording's <c>issuer</c>, else a discovery document's <c>issuer</c> in it; null when neither.</summary>
    public static string? Issuer(RecordedTraffic traffic)
    {
        ArgumentNullException.ThrowIfNull(traffic);
        return RecordingFacts.Of(traffic).Issuer;
    }

    /// <summary>
    /// The token endpoint URLs the recording names: the discovery document's <c>token_endpoint</c> and its mTLS alias
    /// (RFC 8705 §5 <c>mtls_endpoint_aliases.token_endpoint</c>), and the recording's <c>token_endpoint</c> metadata.
    /// </summary>
    public static IReadOnlyList<string> TokenEndpoints(RecordedTraffic traffic)
    {
        ArgumentNullException.ThrowIfNull(traffic);
        return RecordingFacts.Of(traffic).TokenEndpoints;
    }

    /// <summary>True when two URLs name the same endpoint: scheme and host case-insensitive, default port implied, a trailing slash ignored.</summary>
    public static bool SameEndpoint(string a, string b) =>
        Uri.TryCreate(a, UriKind.Absolute, out var x) && Uri.TryCreate(b, UriKind.Absolute, out var y)
        && Uri.Compare(x, y, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0
        && string.Equals(x.AbsolutePath.TrimEnd('/'), y.AbsolutePath.TrimEnd('/'), StringComparison.Ordinal);
}
