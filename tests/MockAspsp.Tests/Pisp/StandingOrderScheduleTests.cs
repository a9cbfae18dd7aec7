using System.Globalization;
using MockAspsp.Features.Pisp;
using NUnit.Framework;

namespace MockAspsp.Tests.Pisp;

public class StandingOrderScheduleTests
{
    /// <summary>
    /// Each row: the order's terms and the dates it pays on, at noon UTC. A list ending in "…" goes on (only that many are
    /// read); any other list is the whole schedule.
    /// </summary>
    [TestCase("EvryDay", "2026-11-24", null, null, null, "2026-11-24 2026-11-25 2026-11-26 …")]
    [TestCase("EvryWorkgDay", "2026-11-27", null, null, null, "2026-11-27 2026-11-30 2026-12-01 2026-12-02 …", Description = "Friday, then Monday")]
    [TestCase("IntrvlDay:10", "2026-11-24", null, null, null, "2026-11-24 2026-12-04 2026-12-14 2026-12-24 2027-01-03 …")]
    [TestCase("IntrvlWkDay:02:03", "2026-12-16", null, null, null, "2026-12-16 2026-12-30 2027-01-13 2027-01-27 …", Description = "every other Wednesday, across the year end")]
    [TestCase("IntrvlWkDay:01:01", "2026-11-26", null, null, null, "2026-11-26 2026-11-30 2026-12-07 2026-12-14 …", Description = "a Thursday first, then Mondays")]
    [TestCase("WkInMnthDay:05:01", "2026-11-24", null, null, null, "2026-11-24 2026-11-30 2027-03-29 2027-05-31 2027-08-30 2027-11-29 …", Description = "fifth Mondays: months without one skipped")]
    [TestCase("WkInMnthDay:01:05", "2026-11-24", null, null, null, "2026-11-24 2026-12-04 2027-01-01 2027-02-05 …", Description = "first Fridays")]
    [TestCase("IntrvlMnthDay:01:31", "2027-01-31", null, null, null, "2027-01-31 2027-02-28 2027-03-31 2027-04-30 2027-05-31 …", Description = "the 31st, or the month's last day")]
    [TestCase("IntrvlMnthDay:01:-01", "2027-12-31", null, null, null, "2027-12-31 2028-01-31 2028-02-29 2028-03-31 2028-04-30 …", Description = "last day, through a leap February")]
    [TestCase("IntrvlMnthDay:01:29", "2026-12-29", null, null, null, "2026-12-29 2027-01-29 2027-02-28 2027-03-29 …", Description = "29th in a common year")]
    [TestCase("IntrvlMnthDay:01:29", "2027-12-29", null, null, null, "2027-12-29 2028-01-29 2028-02-29 2028-03-29 …", Description = "29th in a leap year")]
    [TestCase("IntrvlMnthDay:01:-05", "2027-01-27", null, null, null, "2027-01-27 2027-02-24 2027-03-27 2027-04-26 …", Description = "fifth from last")]
    [TestCase("IntrvlMnthDay:03:15", "2026-11-24", null, null, null, "2026-11-24 2026-12-15 2027-03-15 2027-06-15 2027-09-15 …", Description = "off the day first, then every three months")]
    [TestCase("IntrvlMnthDay:12:01", "2026-12-01", null, null, null, "2026-12-01 2027-12-01 2028-12-01 …")]
    [TestCase("IntrvlMnthDay:24:10", "2026-12-10", null, null, null, "2026-12-10 2028-12-10 2030-12-10 …")]
    [TestCase("QtrDay:ENGLISH", "2026-11-24", null, null, null, "2026-11-24 2026-12-25 2027-03-25 2027-06-24 2027-09-29 2027-12-25 …")]
    [TestCase("QtrDay:SCOTTISH", "2026-11-24", null, null, null, "2026-11-24 2027-02-02 2027-05-15 2027-08-01 2027-11-11 2028-02-02 …")]
    [TestCase("QtrDay:RECEIVED", "2026-11-24", null, null, null, "2026-11-24 2026-12-20 2027-03-20 2027-06-19 2027-09-24 …")]
    [TestCase("IntrvlMnthDay:01:15", "2026-11-24", "2026-12-20", null, null, "2026-11-24 2026-12-20 2027-01-15 2027-02-15 …", Description = "RecurringPaymentDateTime is the second payment")]
    [TestCase("IntrvlMnthDay:01:15", "2026-11-24", null, "2027-02-15", null, "2026-11-24 2026-12-15 2027-01-15 2027-02-15", Description = "final on a scheduled date")]
    [TestCase("IntrvlWkDay:01:01", "2026-11-26", null, "2026-12-10", null, "2026-11-26 2026-11-30 2026-12-07 2026-12-10", Description = "final between scheduled dates")]
    [TestCase("IntrvlMnthDay:01:15", "2026-11-24", null, null, 3, "2026-11-24 2026-12-15 2027-01-15")]
    [TestCase("EvryDay", "2026-11-24", null, "2026-12-01", 2, "2026-11-24 2026-11-25", Description = "the count ends it before the final date")]
    [TestCase("EvryDay", "2026-11-24", null, "2026-11-25", 5, "2026-11-24 2026-11-25", Description = "the final date ends it before the count")]
    [TestCase("QtrDay:ENGLISH", "2026-11-24", "2027-01-10", null, 2, "2026-11-24 2027-01-10")]
    [TestCase("EvryDay", "2026-11-24", null, null, 1, "2026-11-24")]
    [TestCase("EvryDay", "2026-11-24", null, "2026-11-24", null, "2026-11-24")]
    public void The_schedule_pays_on_the_dates_its_frequency_and_bounds_give(string frequency, string first, string? recurring, string? final, int? count, string expected)
    {
        var listed = expected.Split(' ');
        var open = listed[^1] == "…";
        var dates = open ? listed[..^1] : listed;

        var schedule = StandingOrderSchedule.Dates(frequency, Noon(first), Optional(recurring), Optional(final), count).Take(dates.Length + (open ? 0 : 5)).ToList();

        Assert.That(schedule.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), Is.EqualTo(dates));
        Assert.That(schedule.Select(d => (d.TimeOfDay, d.Offset)), Has.All.EqualTo((TimeSpan.FromHours(12), TimeSpan.Zero)));
    }

    [Test]
    public void Each_date_keeps_the_first_payments_time_of_day_and_offset()
    {
        var first = new DateTimeOffset(2026, 11, 24, 9, 30, 0, TimeSpan.FromHours(1));

        var dates = StandingOrderSchedule.Dates("IntrvlMnthDay:01:-01", first).Take(3).ToList();

        Assert.That(dates, Is.EqualTo(new[]
        {
            first,
            new DateTimeOffset(2026, 11, 30, 9, 30, 0, TimeSpan.FromHours(1)),
            new DateTimeOffset(2026, 12, 31, 9, 30, 0, TimeSpan.FromHours(1)),
        }));
    }

    [Test]
    public void An_order_without_an_end_yields_dates_lazily_for_as_long_as_they_are_read()
    {
        var dates = StandingOrderSchedule.Dates("EvryDay", Noon("2026-11-24"));

        var tenYears = dates.TakeWhile(d => d < Noon("2036-11-24")).Count();

        Assert.That(tenYears, Is.EqualTo(3653));
    }

    [TestCase("Monthly")]
    [TestCase("IntrvlDay:01")]
    [TestCase("IntrvlWkDay:01:08")]
    [TestCase("WkInMnthDay:06:01")]
    [TestCase("IntrvlMnthDay:07:01")]
    [TestCase("IntrvlMnthDay:01:-06")]
    [TestCase("QtrDay:WELSH")]
    [TestCase("EvryDay:01")]
    public void A_frequency_the_spec_does_not_have_is_refused_when_asked_for_its_dates(string frequency)
    {
        Assert.That(() => StandingOrderSchedule.Dates(frequency, Noon("2026-11-24")), Throws.ArgumentException);
    }

    private static DateTimeOffset Noon(string date) => new(DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);

    private static DateTimeOffset? Optional(string? date) => date is null ? null : Noon(date);
}
