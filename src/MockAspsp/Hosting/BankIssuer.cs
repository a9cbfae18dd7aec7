namespace MockAspsp.Hosting;

/// <summary>
/// The issuer URL, known from configuration or — when the mock listens on port 0 — only once Kestrel has
/// picked a port. Endpoint URLs in discovery and the audience checks derive from it.
/// </summary>
public sealed class BankIssuer
{
    private string? _value;

    /// <summary>The issuer, e.g. <c>https://127.0.0.1:8443</c>.</summary>
    public string Value => _value ?? throw new InvalidOperationException("The issuer is not known until the mock bank has started.");

    /// <summary>The token endpoint URL.</summary>
    public string TokenEndpoint => $"{Value}/token";

    /// <summary>The authorisation endpoint URL.</summary>
    public string AuthorizationEndpoint => $"{Value}/authorize";

    internal void Set(string issuer) => _value = issuer.TrimEnd('/');
}
