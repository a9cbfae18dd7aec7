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

    /// <summary>
    /// The bank's organisation id: the <c>http://openbanking.org.uk/iss</c> of the x-jws-signature on its payment
    /// responses. A made-up id: a real one comes from the Open Banking directory.
    /// </summary>
    public string OrgId { get; init; } = "obfx-mock-bank";

    /// <summary>The trust anchor every x-jws-signature names (<c>http://openbanking.org.uk/tan</c>).</summary>
    public string JwsTan { get; init; } = "openbanking.org.uk";

    /// <summary>
    /// Legacy message signing, as before v3.1.4: the bank accepts only, and signs with, RFC 7797's unencoded payload
    /// (<c>b64: false</c>, named in <c>crit</c>). From v3.1.4 (the default) a <c>b64</c> header is refused.
    /// </summary>
    public bool JwsB64False { get; init; }

    /// <summary>
    /// How old an x-jws-signature's <c>http://openbanking.org.uk/iat</c> may be, seconds: by default the 24 hours an
    /// x-idempotency-key holds, because a TPP retrying a submission sends the same bytes with the same signature.
    /// </summary>
    public int JwsMaxAgeSeconds { get; init; } = 24 * 3600;

    /// <summary>Seconds after its submission that an immediate payment is AcceptedSettlementInProcess (or Rejected for want of funds).</summary>
    public int SettlementStartSeconds { get; init; } = 2;

    /// <summary>Seconds after its submission that an immediate payment is AcceptedSettlementCompleted (and booked).</summary>
    public int SettlementCompleteSeconds { get; init; } = 10;

    /// <summary>
    /// The bank's daily cut-off, UTC (<c>"16:00:00"</c>): a payment consent's CutOffDateTime is the first cut-off after
    /// it is created, and a payment order submitted later is refused with UK.OBIE.Rules.AfterCutOffDateTime.
    /// </summary>
    public TimeSpan CutOffTimeUtc { get; init; } = new(16, 0, 0);

    /// <summary>Every reason this configuration cannot run a bank; empty when it can.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (!Uri.TryCreate(Url, UriKind.Absolute, out var url) || url.Scheme != "https")
        {
            problems.Add($"Url '{Url}' must be an https URL");
        }

        foreach (var (name, value) in new[]
        {
            (nameof(AccessTokenLifetimeSeconds), AccessTokenLifetimeSeconds), (nameof(RefreshTokenLifetimeSeconds), RefreshTokenLifetimeSeconds),
            (nameof(AuthorizationCodeLifetimeSeconds), AuthorizationCodeLifetimeSeconds), (nameof(IdTokenLifetimeSeconds), IdTokenLifetimeSeconds),
            (nameof(MaxClientAssertionLifetimeSeconds), MaxClientAssertionLifetimeSeconds), (nameof(PageSize), PageSize),
        }.Where(v => v.Item2 <= 0))
        {
            problems.Add($"{name} must be more than 0");
        }

        if (AuthorizationCodeLifetimeSeconds > 600)
        {
            problems.Add("AuthorizationCodeLifetimeSeconds must be at most 600 (RFC 6749 §4.1.2)");
        }

        if (SettlementStartSeconds < 0 || SettlementCompleteSeconds < SettlementStartSeconds)
        {
            problems.Add("SettlementStartSeconds must not be negative, nor more than SettlementCompleteSeconds");
        }

        if (JwsMaxAgeSeconds <= 0 || CutOffTimeUtc < TimeSpan.Zero || CutOffTimeUtc >= TimeSpan.FromDays(1))
        {
            problems.Add("JwsMaxAgeSeconds must be more than 0 and CutOffTimeUtc a time of day");
        }

        if (ClockSkewSeconds < 0 || RateLimitPerSecond < 0)
        {
            problems.Add("ClockSkewSeconds and RateLimitPerSecond must not be negative");
        }

        string[] methods = ["client_secret_basic", "client_secret_post", "private_key_jwt", "tls_client_auth"];
        foreach (var client in Clients)
        {
            if (!methods.Contains(client.TokenEndpointAuthMethod))
            {
                problems.Add($"client {client.ClientId}: TokenEndpointAuthMethod '{client.TokenEndpointAuthMethod}' is not one of {string.Join(", ", methods)}");
            }

            if (client.TokenEndpointAuthMethod.StartsWith("client_secret", StringComparison.Ordinal) && string.IsNullOrEmpty(client.ClientSecret))
            {
                problems.Add($"client {client.ClientId}: a ClientSecret is required for {client.TokenEndpointAuthMethod}");
            }

            if (client.TokenEndpointAuthMethod == "tls_client_auth" && string.IsNullOrEmpty(client.CertificateSubjectDn))
            {
                problems.Add($"client {client.ClientId}: a CertificateSubjectDn is required for tls_client_auth");
            }

            if (!string.IsNullOrEmpty(client.CertificateSubjectDn) && !Fapi.ClientCertificate.IsDistinguishedName(client.CertificateSubjectDn))
            {
                problems.Add($"client {client.ClientId}: CertificateSubjectDn '{client.CertificateSubjectDn}' is not an RFC 4514 distinguished name");
            }

            if (client.RedirectUris.Any(r => !Uri.TryCreate(r, UriKind.Absolute, out var u) || u.Fragment.Length > 0))
            {
                problems.Add($"client {client.ClientId}: every redirect URI must be absolute, without a fragment");
            }
        }

        var customers = Seed.SeedData.Bank.Customers.Select(c => c.Id).ToList();
        problems.AddRange(Psus.Where(p => !customers.Contains(p.Customer))
            .Select(p => $"PSU {p.Username}: Customer '{p.Customer}' is not one of {string.Join(", ", customers)}"));
        return problems;
    }
}
