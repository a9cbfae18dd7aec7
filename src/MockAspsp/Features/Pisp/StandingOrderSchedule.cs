using System.Globalization;

namespace MockAspsp.Features.Pisp;

/// <summary>
/// The dates a standing order pays on, from its Frequency (Payment Initiation API v3.1.11, OBWriteDomesticStandingOrder3
/// Initiation.Frequency) and its first, recurring and final dates and number of payments — a pure function, lazily
/// enumerated. Each date keeps the time of day and the UTC offset of the date it follows from. The codes:
/// <list type="bullet">
/// <item><c>EvryDay</c>: every calendar day.</item>
/// <item><c>EvryWorkgDay</c>: Monday to Friday. The bank keeps no bank-holiday calendar: a holiday on a weekday is a working day here.</item>
/// <item><c>IntrvlDay:NN</c>: every NN calendar days.</item>
/// <item><c>IntrvlWkDay:NN:D</c>: every NN weeks on ISO weekday D (01 Monday … 07 Sunday); from a date on another weekday, the next weekday D.</item>
/// <item><c>WkInMnthDay:NN:D</c>: the NNth weekday D of each month; a month without one (a fifth Monday, say) is skipped.</item>
/// <item><c>IntrvlMnthDay:NN:DD</c>: every NN months on day DD, a day the month lacks being its last (31 is 30 April, 28 or 29
/// February); a negative DD counts from the month's end (-01 the last day, -05 the fifth from last). From a date that is not
/// day DD, the next day DD.</item>
/// <item><c>QtrDay:ENGLISH</c> 25 March, 24 June, 29 September, 25 December; <c>QtrDay:SCOTTISH</c> 2 February, 15 May,
/// 1 August, 11 November; <c>QtrDay:RECEIVED</c> 20 March, 19 June, 24 September, 20 December — the dates the spec's
/// Frequency description gives for each.</item>
/// </list>
/// </summary>
public static class StandingOrderSchedule
{
    private static readonly (int Month, int Day)[] English = [(3, 25), (6, 24), (9, 29), (12, 25)];
    private static readonly (int Month, int Day)[] Scottish = [(2, 2), (5, 15), (8, 1), (11, 11)];
    private static readonly (int Month, int Day)[] Received = [(3, 20), (6, 19), (9, 24), (12, 20)];

    /// <summary>
    /// The payment dates, oldest first: <paramref name="first"/>; then <paramref name="recurring"/> when given (and later
    /// than the first), else the first date <paramref name="frequency"/> gives after it; then each date the frequency gives
    /// after the one before — until <paramref name="count"/> payments (NumberOfPayments, the first included) or
    /// <paramref name="final"/> (FinalPaymentDateTime, itself the last payment), whichever comes first. Without either, the
    /// dates run on to the end of the calendar: take what you need.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="frequency"/> is not one of the spec's codes.</exception>
    public static IEnumerable<DateTimeOffset> Dates(string frequency, DateTimeOffset first, DateTimeOffset? recurring = null, DateTimeOffset? final = null, int? count = null)
    {
        // Not an iterator itself, so that a bad frequency is refused at the call, not at the first MoveNext.
        return Iterate(Rule(frequency), first, recurring, final, count);
    }

    private static IEnumerable<DateTimeOffset> Iterate(Func<DateOnly, DateOnly?> next, DateTimeOffset first, DateTimeOffset? recurring, DateTimeOffset? final, int? count)
    {
        var made = 0;
        DateTimeOffset? date = first;
        while (date is { } current && (count is not { } limit || made < limit))
        {
            if (final is { } last && current >= last)
            {
                yield return last;
                yield break;
            }

            yield return current;
            made++;
            date = made == 1 && recurring is { } then && then > first ? then : Step(next, current);
        }
    }

    /// <summary>The date after <paramref name="date"/>, at its time of day and offset; null past the calendar's end.</summary>
    private static DateTimeOffset? Step(Func<DateOnly, DateOnly?> next, DateTimeOffset date) =>
        next(DateOnly.FromDateTime(date.DateTime)) is { } day
            ? new DateTimeOffset(day.ToDateTime(TimeOnly.FromTimeSpan(date.TimeOfDay)), date.Offset)
            : null;

    /// <summary>The frequency as a function from a payment day to the next one.</summary>
    private static Func<DateOnly, DateOnly?> Rule(string frequency)
    {
        ArgumentNullException.ThrowIfNull(frequency);
        var parts = frequency.Split(':');
        return (parts[0], parts.Length) switch
        {
            ("EvryDay", 1) => day => Add(day, 1),
            ("EvryWorkgDay", 1) => NextWorkingDay,
            ("IntrvlDay", 2) when Number(parts[1], 2, 31) is { } days => day => Add(day, days),
            ("IntrvlWkDay", 3) when Number(parts[1], 1, 9) is { } weeks && Number(parts[2], 1, 7) is { } weekday => day => EveryWeeks(day, weeks, weekday),
            ("WkInMnthDay", 3) when Number(parts[1], 1, 5) is { } week && Number(parts[2], 1, 7) is { } weekday => day => WeekdayInMonth(day, week, weekday),
            ("IntrvlMnthDay", 3) when Number(parts[1], 1, 24) is { } months && months is <= 6 or 12 or 24 && DayInMonth(parts[2]) is { } dayInMonth =>
                day => EveryMonths(day, months, dayInMonth),
            ("QtrDay", 2) when parts[1] is "ENGLISH" => day => Quarter(day, English),
            ("QtrDay", 2) when parts[1] is "SCOTTISH" => day => Quarter(day, Scottish),
            ("QtrDay", 2) when parts[1] is "RECEIVED" => day => Quarter(day, Received),
            _ => throw new ArgumentException($"'{frequency}' is not a standing-order frequency of the spec", nameof(frequency)),
        };
    }

    private static DateOnly? NextWorkingDay(DateOnly day)
    {
        var next = Add(day, 1);
        while (next is { DayOfWeek: DayOfWeek.Saturday or DayOfWeek.Sunday } weekend)
        {
            next = Add(weekend, 1);
        }

        return next;
    }

    /// <summary>IntrvlWkDay: NN weeks on from a day on weekday D, else the next weekday D.</summary>
    private static DateOnly? EveryWeeks(DateOnly day, int weeks, int weekday)
    {
        var isoDay = IsoWeekday(day);
        return isoDay == weekday ? Add(day, 7 * weeks) : Add(day, (weekday - isoDay + 7) % 7);
    }

    /// <summary>WkInMnthDay: the first month from this one whose NNth weekday D is after <paramref name="day"/>.</summary>
    private static DateOnly? WeekdayInMonth(DateOnly day, int week, int weekday)
    {
        // Every weekday falls five times in at least four months of any twelve in a row, so a year ahead always holds one.
        for (var month = new DateOnly(day.Year, day.Month, 1); month.Year < 9999; month = month.AddMonths(1))
        {
            var firstOfWeekday = month.AddDays((weekday - IsoWeekday(month) + 7) % 7);
            var candidate = firstOfWeekday.AddDays(7 * (week - 1));
            if (candidate.Month == month.Month && candidate > day)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>IntrvlMnthDay: NN months on from a day that is the month's day DD, else the next day DD.</summary>
    private static DateOnly? EveryMonths(DateOnly day, int months, int dayInMonth)
    {
        if (day.Year >= 9997)
        {
            return null;
        }

        var month = new DateOnly(day.Year, day.Month, 1);
        if (day == InMonth(month, dayInMonth))
        {
            return InMonth(month.AddMonths(months), dayInMonth);
        }

        var thisMonth = InMonth(month, dayInMonth);
        return thisMonth > day ? thisMonth : InMonth(month.AddMonths(1), dayInMonth);
    }

    /// <summary>Day DD of the month: clamped to its last day; negative counts back from it (-1 the last day).</summary>
    private static DateOnly InMonth(DateOnly month, int dayInMonth)
    {
        var length = DateTime.DaysInMonth(month.Year, month.Month);
        return new DateOnly(month.Year, month.Month, dayInMonth > 0 ? Math.Min(dayInMonth, length) : length + dayInMonth + 1);
    }

    private static DateOnly? Quarter(DateOnly day, (int Month, int Day)[] dates)
    {
        if (day.Year >= 9998)
        {
            return null;
        }

        return dates.Select(d => new DateOnly(day.Year, d.Month, d.Day)).Concat(dates.Select(d => new DateOnly(day.Year + 1, d.Month, d.Day))).First(d => d > day);
    }

    private static DateOnly? Add(DateOnly day, int days) => day.DayNumber + days <= DateOnly.MaxValue.DayNumber ? day.AddDays(days) : null;

    private static int IsoWeekday(DateOnly day) => day.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)day.DayOfWeek;

    private static int? Number(string text, int min, int max) =>
        text.Length == 2 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max ? n : null;

    /// <summary>DD of IntrvlMnthDay: 01 to 31, or -01 to -05.</summary>
    private static int? DayInMonth(string text) =>
        text.StartsWith('-') ? Number(text[1..], 1, 5) is { } back ? -back : null : Number(text, 1, 31);
}
