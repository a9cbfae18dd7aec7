namespace OpenBanking.Core.Configuration;

/// <summary>Which endpoint URLs the library will talk to.</summary>
internal static class EndpointRules
{
    /// <summary>https always; http only to a loopback host, and only when the config allows it.</summary>
    public static bool IsAllowed(Uri uri, bool allowHttpLoopback) =>
        uri.Scheme == Uri.UriSchemeHttps || (allowHttpLoopback && uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback);
}
