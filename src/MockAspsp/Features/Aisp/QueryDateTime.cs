using System.Globalization;

namespace MockAspsp.Features.Aisp;

/// <summary>
/// The date-time a filter parameter (fromBookingDateTime, toStatementDateTime, ...) names, read as written: any ISO 8601
/// date or date-time, its time zone ignored.
/// </summary>
/// <remarks>
/// Read/Write Data API Profile v3.1.11, Date Formats: "An ASPSP must accept all valid ISO-8601 date formats including its
/// permitted variations (e.g. variations in how the timezone is defined, dates with or with a seconds or milliseconds
/// part etc.)"; Filtering: "If the DateTime contains a timezone, the ASPSP must ignore the timezone component. The filter
/// values will be assumed to refer to the same timezone as the timezone in which the resource is maintained."
/// <para>
/// Accepted: a calendar (<c>2016-01-01</c>, <c>20160101</c>), ordinal (<c>2016-001</c>, <c>2016001</c>) or week date
/// (<c>2016-W01-5</c>, <c>2016W015</c>); then optionally <c>T</c> and a time in extended (<c>10:40:12</c>, <c>10:40</c>,
/// <c>10</c>) or basic form (<c>104012</c>, <c>1040</c>), whose last part may carry a decimal fraction of any length after
/// <c>.</c> or <c>,</c> (digits past the 100 ns the clock keeps are dropped), <c>24:00</c> for the end of the day; then
/// optionally a zone: <c>Z</c>, <c>±hh</c>, <c>±hhmm</c> or <c>±hh:mm</c> (ISO's minus sign U+2212 too, and a space
/// for a plus sign sent unescaped in the query string), which is read and dropped. A single left-to-right pass over at most <see cref="MaxLength"/> characters: no backtracking.
/// </para>
/// </remarks>
public static class QueryDateTime
{
    /// <summary>The longest text read; anything longer is refused unread.</summary>
    public const int MaxLength = 64;

    /// <summary>The local date-time <paramref name="text"/> writes, or null when it is not an ISO 8601 date or date-time.</summary>
    public static DateTime? Parse(string? text)
    {
        if (text is null || text.Length is 0 or > MaxLength)
        {
            return null;
        }

        var reader = new Reader(text);
        if (reader.Date() is not { } date)
        {
            return null;
        }

        var time = TimeSpan.Zero;
        if (reader.Take('T') || reader.Take('t'))
        {
            if (reader.Time() is not { } read)
            {
                return null;
            }

            time = read;
        }

        if (!reader.AtEnd && !reader.Zone())
        {
            return null;
        }

        return reader.AtEnd && date.Ticks + time.Ticks <= DateTime.MaxValue.Ticks ? date + time : null;
    }

    /// <summary>A cursor over the text.</summary>
    private ref struct Reader(string text)
    {
        private readonly ReadOnlySpan<char> _text = text;
        private int _at;

        public readonly bool AtEnd => _at == _text.Length;

        public bool Take(char c)
        {
            if (_at < _text.Length && _text[_at] == c)
            {
                _at++;
                return true;
            }

            return false;
        }

        /// <summary>A calendar, ordinal or week date, extended or basic.</summary>
        public DateTime? Date()
        {
            if (Number(4) is not { } year || year < 1)
            {
                return null;
            }

            var extended = Take('-');
            if (Take('W'))
            {
                var week = Number(2);
                var day = extended && !Take('-') ? null : Number(1);
                return week is { } w && day is { } d && w >= 1 && w <= ISOWeek.GetWeeksInYear(year) && d is >= 1 and <= 7
                    ? ISOWeek.ToDateTime(year, w, (DayOfWeek)(d % 7))
                    : null;
            }

            var digits = Digits();
            if (digits == 3)
            {
                var ordinal = Number(3)!.Value;
                return ordinal >= 1 && ordinal <= (DateTime.IsLeapYear(year) ? 366 : 365) ? new DateTime(year, 1, 1).AddDays(ordinal - 1) : null;
            }

            var month = digits == (extended ? 2 : 4) ? Number(2) : null;
            var dayOfMonth = month is not null && (!extended || Take('-')) ? Number(2) : null;
            return month is { } m && dayOfMonth is { } dd && m is >= 1 and <= 12 && dd >= 1 && dd <= DateTime.DaysInMonth(year, m)
                ? new DateTime(year, m, dd)
                : null;
        }

        /// <summary>hh[:mm[:ss]] or hh[mm[ss]], the last part with an optional fraction; 24:00 is the end of the day.</summary>
        public TimeSpan? Time()
        {
            int?[] parts = [Number(2), null, null];
            var extended = _at < _text.Length && _text[_at] == ':';
            var count = 1;
            while (count < 3 && (extended ? Take(':') : Digits() >= 2))
            {
                parts[count++] = Number(2);
            }

            if (parts[..count].Any(p => p is null))
            {
                return null;
            }

            var (hour, minute, second) = (parts[0]!.Value, parts[1] ?? 0, parts[2] ?? 0);
            var unit = count switch { 1 => TimeSpan.TicksPerHour, 2 => TimeSpan.TicksPerMinute, _ => TimeSpan.TicksPerSecond };
            if (Fraction(unit) is not { } fraction || hour > 24 || minute > 59 || second > 60
                || (hour == 24 && (minute != 0 || second != 0 || fraction != 0)))
            {
                return null;
            }

            return new TimeSpan((hour * TimeSpan.TicksPerHour) + (minute * TimeSpan.TicksPerMinute) + (second * TimeSpan.TicksPerSecond) + fraction);
        }

        /// <summary>Z, or a sign and hh, hhmm or hh:mm; read to be dropped.</summary>
        public bool Zone()
        {
            if (Take('Z') || Take('z'))
            {
                return AtEnd;
            }

            // A space stands for the plus sign a client left unescaped: '+' in a query string decodes to ' '.
            if (!(Take('+') || Take(' ') || Take('-') || Take('\u2212')) || Number(2) is not { } hours || hours > 23)
            {
                return false;
            }

            if (AtEnd)
            {
                return true;
            }

            Take(':');
            return Number(2) is { } minutes && minutes <= 59 && AtEnd;
        }

        /// <summary>Zero ticks without a fraction; otherwise the fraction of <paramref name="unit"/> its digits write, or null for a separator without digits.</summary>
        private long? Fraction(long unit)
        {
            if (!(Take('.') || Take(',')))
            {
                return 0;
            }

            var digits = Digits();
            if (digits == 0)
            {
                return null;
            }

            // At most 15 digits count (below a tick even for a fraction of an hour); the rest are read and dropped.
            var used = Math.Min(digits, 15);
            var numerator = long.Parse(_text.Slice(_at, used), NumberStyles.None, CultureInfo.InvariantCulture);
            _at += digits;
            return (long)(unit * (decimal)numerator / (decimal)Math.Pow(10, used));
        }

        /// <summary>How many digits follow, without reading them.</summary>
        private readonly int Digits()
        {
            var end = _at;
            while (end < _text.Length && char.IsAsciiDigit(_text[end]))
            {
                end++;
            }

            return end - _at;
        }

        /// <summary>Exactly <paramref name="length"/> digits as a number, or null (and nothing read).</summary>
        private int? Number(int length)
        {
            if (_at + length > _text.Length)
            {
                return null;
            }

            var value = 0;
            for (var i = 0; i < length; i++)
            {
                var c = _text[_at + i];
                if (!char.IsAsciiDigit(c))
                {
                    return null;
                }

                value = (value * 10) + (c - '0');
            }

            _at += length;
            return value;
        }
    }
}
