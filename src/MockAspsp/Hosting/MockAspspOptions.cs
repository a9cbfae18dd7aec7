namespace MockAspsp.Hosting;

/// <summary>
/// The mock bank's configuration: the <c>MockAspsp</c> section of appsettings.json / a JSON file given with
/// <c>--config</c> / environment variables (<c>MockAspsp__Issuer</c>), or built in code. Every value has a default,
/// so the mock runs with no configuration at all.
/// </summary>
public sealed record MockAspspOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "MockAspsp";

    /// <summary>Where Kestrel listens: an https URL on a loopback address. Port 0 picks a free port.</summary>
    public string Url { get; init; } = "https://127.0.0.1:8443";

    /// <summary>The issuer; defaults to the URL it listens on (with the real port when the port was 0).</summary>
    public string? Issuer { get; init; }

    /// <summary>Where generated certificates and keys live; made on first start when they are not there.</summary>
    public string CertificatesFolder { get; init; } = "mock-aspsp-certs";

    /// <summary>Extra PEM files of CAs whose transport certificates are trusted, besides the generated TPP CA.</summary>
    public IReadOnlyList<string> TrustedClientCaFiles { get; init; } = [];

    /// <summary>Registered clients; when empty, one demo client per authentication method is registered (see the README).</summary>
    public IReadOnlyList<RegisteredClient> Clients { get; init; } = [];

    /// <summary>PSU logins; when empty, the three seeded customers with their documented passwords.</summary>
    public IReadOnlyList<PsuLogin> Psus { get; init; } = [];

    /// <summary>Access token lifetime, seconds.</summary>
    public int AccessTokenLifetimeSeconds { get; init; } = 3600;

    /// <summary>Refresh token lifetime, seconds.</summary>
    public int RefreshTokenLifetimeSeconds { get; init; } = 90 * 24 * 3600;

    /// <summary>Authorisation code lifetime, seconds (RFC 6749 §4.1.2: short; at most 10 minutes).</summary>
    public int AuthorizationCodeLifetimeSeconds { get; init; } = 60;

    /// <summary>id_token lifetime, seconds.</summary>
    public int IdTokenLifetimeSeconds { get; init; } = 300;

    /// <summary>The longest a client assertion may still be valid for (its exp − now), seconds.</summary>
    public int MaxClientAssertionLifetimeSeconds { get; init; } = 600;

    /// <summary>How far a TPP's clock may be off ours, seconds.</summary>
    public int ClockSkewSeconds { get; init; } = 60;

    /// <summary>Items per page of transactions (and other long lists).</summary>
    public int PageSize { get; init; } = 50;

    /// <summary>Requests per second a client may make to the resource server; 0 for no limit (then no 429s).</summary>
    public int RateLimitPerSecond { get; init; }
}
