using System.Security.Cryptography;
using System.Text;

namespace MockAspsp.Hosting;

/// <summary>PSU logins and the seeded customers they reach.</summary>
public sealed class PsuDirectory
{
    private readonly IReadOnlyList<PsuLogin> _logins;

    /// <summary>The configured logins, or the three defaults.</summary>
    public PsuDirectory(IReadOnlyList<PsuLogin> logins)
    {
        ArgumentNullException.ThrowIfNull(logins);
        _logins = logins.Count > 0 ? logins : Defaults;
    }

    /// <summary>The default logins (documented in the README; a test double's, guarding nothing).</summary>
    public static IReadOnlyList<PsuLogin> Defaults { get; } =
    [
        new("amelia", "amelia-pass", "amelia"),
        new("oliver", "oliver-pass", "oliver"),
        new("northwind", "northwind-pass", "northwind"),
    ];

    /// <summary>All logins.</summary>
    public IReadOnlyList<PsuLogin> All => _logins;

    /// <summary>True when <paramref name="username"/> is a login's user name.</summary>
    public bool Knows(string username) => _logins.Any(l => l.Username == username);

    /// <summary>The customer a username and password log in as, or null. Passwords are compared in constant time.</summary>
    public string? LogIn(string? username, string? password)
    {
        var login = _logins.FirstOrDefault(l => l.Username == username);
        var expected = Encoding.UTF8.GetBytes(login?.Password ?? "\0no such user");
        var given = Encoding.UTF8.GetBytes(password ?? "");
        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(expected), SHA256.HashData(given)) && login is not null ? login.Customer : null;
    }
}
