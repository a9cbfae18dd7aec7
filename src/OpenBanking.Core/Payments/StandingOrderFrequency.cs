using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenBanking.Core.Payments;

/// <summary>
/// The schedule of a standing order (<c>Initiation.Frequency</c>) in the spec's pattern language: <c>EvryDay</c>,
/// <c>EvryWorkgDay</c>, <c>IntrvlDay:NN</c>, <c>IntrvlWkDay:WW:DD</c>, <c>WkInMnthDay:WW:DD</c>, <c>IntrvlMnthDay:MM:DD</c>,
/// <c>QtrDay:ENGLISH|SCOTTISH|RECEIVED</c>. The factories write a value; <see cref="IsValid"/> checks one against the
/// schema's pattern exactly. A factory given numbers out of range writes a value <see cref="IsValid"/> refuses.
/// </summary>
public static partial class StandingOrderFrequency
{
    /// <summary>
    /// The pattern of OBWriteDomesticStandingOrderConsent5 <c>Data.Initiation.Frequency</c> (v3.1.11, the same for every
    /// standing order schema), as the schema states it: it allows <c>IntrvlDay</c>, which the field's description omits.
    /// </summary>
    public const string Pattern =
        @"^(EvryDay)$|^(EvryWorkgDay)$|^(IntrvlDay:((0[2-9])|([1-2][0-9])|3[0-1]))$|^(IntrvlWkDay:0[1-9]:0[1-7])$|^(WkInMnthDay:0[1-5]:0[1-7])$|^(IntrvlMnthDay:(0[1-6]|12|24):(-0[1-5]|0[1-9]|[12][0-9]|3[01]))$|^(QtrDay:(ENGLISH|SCOTTISH|RECEIVED))$";

    /// <summary>Every day.</summary>
    public const string EveryDay = "EvryDay";

    /// <summary>Every working day.</summary>
    public const string EveryWorkingDay = "EvryWorkgDay";

    /// <summary>Quarterly on the English quarter days: 25 March, 24 June, 29 September, 25 December.</summary>
    public const string QuarterDayEnglish = "QtrDay:ENGLISH";

    /// <summary>Quarterly on the Scottish term days: 2 February, 15 May, 1 August, 11 November.</summary>
    public const string QuarterDayScottish = "QtrDay:SCOTTISH";

    /// <summary>Quarterly on 20 March, 19 June, 24 September and 20 December.</summary>
    public const string QuarterDayReceived = "QtrDay:RECEIVED";

    /// <summary>Every <paramref name="days"/> days (2 to 31): <c>IntrvlDay:07</c>.</summary>
    public static string IntervalDay(int days) => $"IntrvlDay:{Two(days)}";

    /// <summary>Every <paramref name="weeks"/> weeks (1 to 9) on <paramref name="day"/>: <c>IntrvlWkDay:02:01</c> is every other Monday.</summary>
    public static string IntervalWeekDay(int weeks, DayOfWeek day) => $"IntrvlWkDay:{Two(weeks)}:{Two(IsoDay(day))}";

    /// <summary>Every month in week <paramref name="week"/> (1 to 5) on <paramref name="day"/>: <c>WkInMnthDay:01:05</c> is the first Friday.</summary>
    public static string WeekInMonthDay(int week, DayOfWeek day) => $"WkInMnthDay:{Two(week)}:{Two(IsoDay(day))}";

    /// <summary>
    /// Every <paramref name="months"/> months (1 to 6, 12 or 24) on day <paramref name="day"/> of the month (1 to 31, or -1
    /// to -5 counting from the month's end): <c>IntrvlMnthDay:01:-01</c> is the last day of every month.
    /// </summary>
    public static string IntervalMonthDay(int months, int day) => $"IntrvlMnthDay:{Two(months)}:{Two(day)}";

    /// <summary>True when <paramref name="frequency"/> matches <see cref="Pattern"/> as JSON Schema reads it (a final line break is no match).</summary>
    public static bool IsValid(string frequency)
    {
        ArgumentNullException.ThrowIfNull(frequency);

        // .NET's $ also matches before a final \n, ECMA-262's (JSON Schema's) does not.
        return !frequency.Contains('\n', StringComparison.Ordinal) && FrequencyPattern().IsMatch(frequency);
    }

    // The spec numbers the days of the week from 01 (Monday) to 07 (Sunday), as ISO 8601 does.
    private static int IsoDay(DayOfWeek day) => day == DayOfWeek.Sunday ? 7 : (int)day;

    private static string Two(int value) =>
        value < 0 ? $"-{(-value).ToString("00", CultureInfo.InvariantCulture)}" : value.ToString("00", CultureInfo.InvariantCulture);

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex FrequencyPattern();
}
