using OpenBanking.Core.Configuration;

namespace MockAspsp.TestSupport;

/// <summary>A demo configuration, changed and validated, for tests (a configuration that does not validate is a broken test).</summary>
public static class ConfigChanges
{
    /// <summary><paramref name="config"/> changed by <paramref name="change"/>, validated.</summary>
    public static ValidatedApiConfig With(this ApiConfig config, Func<ApiConfig, ApiConfig> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return change(config).Validate().Match(Right: c => c, Left: e => throw new InvalidOperationException(e.ToString()));
    }
}
