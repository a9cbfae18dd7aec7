using System.Globalization;

namespace OpenBanking.Core.Http;

/// <summary>The <c>Retry-After</c> header (RFC 9110 §10.2.3): delay-seconds or an HTTP-date.</summary>
public static class RetryAfter
{
    /// <summary>
    /// How long <paramref name="response"/> asks to wait, from <paramref name="now"/>: its delay-seconds, or the time until
    /// its HTTP-date (zero when the date is past); null when there is no readable header.
    /// </summary>
    public static TimeSpan? Of(HttpResponseSpec response, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(response);
        var value = response.Header("Retry-After")?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(Math.Min(seconds, (long)TimeSpan.MaxValue.TotalSeconds / 2));
        }

        return DateTimeOffset.TryParseExact(value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date > now ? date - now : TimeSpan.Zero
            : null;
    }
}
