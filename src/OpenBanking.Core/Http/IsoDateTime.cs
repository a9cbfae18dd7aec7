using System.Globalization;

namespace OpenBanking.Core.Http;

/// <summary>ISO 8601 date-times as the Read/Write API writes them: <c>2017-05-02T00:00:00+00:00</c>.</summary>
public static class IsoDateTime
{
    /// <summary>Formats with the offset, and with milliseconds only when there are any.</summary>
    public static string Format(DateTimeOffset value) =>
        value.ToString(value.Ticks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-dd'T'HH:mm:sszzz" : "yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);
}
