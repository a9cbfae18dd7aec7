using System.Text.RegularExpressions;

namespace OpenBanking.Core.Configuration;

/// <summary>Read/Write API versions in configuration (<c>api_version</c>) and the base paths they give.</summary>
internal static partial class ApiVersions
{
    /// <summary>True for a version such as <c>3.1.11</c>, <c>3.1</c> or <c>4.0</c>.</summary>
    public static bool IsValid(string version) => VersionPattern().IsMatch(version);

    /// <summary>
    /// The AIS base path: <paramref name="configuredPath"/> unless it is the default and <paramref name="version"/> is set,
    /// then <c>/open-banking/v{major}.{minor}/aisp</c> (the OBIE base path carries only major.minor: v3.1.11 is under v3.1).
    /// </summary>
    public static string AisBasePath(string configuredPath, string? version) =>
        BasePath(configuredPath, ApiConfig.DefaultAisBasePath, "aisp", version);

    /// <summary>
    /// The base path of an API family whose paths end in <paramref name="segment"/> (<c>aisp</c>, <c>pisp</c>, <c>cbpii</c>, ...):
    /// <paramref name="configuredPath"/> unless it is <paramref name="defaultPath"/> and <paramref name="version"/> is set, then
    /// <c>/open-banking/v{major}.{minor}/{segment}</c>.
    /// </summary>
    public static string BasePath(string configuredPath, string defaultPath, string segment, string? version)
    {
        ArgumentNullException.ThrowIfNull(configuredPath);
        ArgumentNullException.ThrowIfNull(segment);
        if (configuredPath != defaultPath || version is null || !IsValid(version))
        {
            return configuredPath;
        }

        var parts = version.Split('.');
        return $"/open-banking/v{parts[0]}.{parts[1]}/{segment}";
    }

    /// <summary>
    /// True for versions before 3.1.4, whose <c>x-jws-signature</c> is the RFC 7797 unencoded-payload form (<c>b64: false</c>);
    /// v3.1.4 removed <c>b64</c> from the header. False when no version is set (v3.1.11).
    /// </summary>
    public static bool BeforeJwsWithoutB64(string? version)
    {
        if (version is null || !IsValid(version))
        {
            return false;
        }

        var parts = version.Split('.').Select(p => int.Parse(p, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var (major, minor, patch) = (parts[0], parts[1], parts.Length > 2 ? parts[2] : 0);
        return major < 3 || (major == 3 && (minor < 1 || (minor == 1 && patch < 4)));
    }

    [GeneratedRegex(@"^[0-9]+\.[0-9]+(\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionPattern();
}
