using LanguageExt;
using Microsoft.AspNetCore.Http;
using MockAspsp.Domain;
using MockAspsp.Fapi;

namespace MockAspsp.Features.Aisp;

/// <summary>
/// A period a list is filtered to: the query's from/to date-times (fromBookingDateTime and toBookingDateTime for
/// transactions, fromStatementDateTime and toStatementDateTime for statements) within the consent's
/// TransactionFromDateTime and TransactionToDateTime. Either end may be open.
/// </summary>
/// <param name="From">The earliest moment in the period.</param>
/// <param name="To">The latest moment in the period.</param>
public sealed record QueryWindow(DateTimeOffset From, DateTimeOffset To)
{
    /// <summary>True when <paramref name="moment"/> is within the period (both ends included).</summary>
    public bool Holds(DateTimeOffset moment) => moment >= From && moment <= To;

    /// <summary>True when the whole of <paramref name="start"/> to <paramref name="end"/> is within the period.</summary>
    public bool Holds(DateTimeOffset start, DateTimeOffset end) => Holds(start) && Holds(end);

    /// <summary>
    /// The window of <paramref name="request"/>'s <paramref name="fromName"/> and <paramref name="toName"/> parameters
    /// within <paramref name="consent"/>'s transaction period, or 400 UK.OBIE.Field.InvalidDate for a parameter that is
    /// not an ISO 8601 date or date-time (<see cref="QueryDateTime"/>: every form, extended or basic). A zone, if sent,
    /// is ignored: "If the Date Time contains a timezone, the ASPSP must ignore the timezone component" (Read/Write Data
    /// API Profile v3.1.11, Filtering); the values are read as UTC, in which the bank keeps its data.
    /// </summary>
    public static Either<ObError, QueryWindow> Of(HttpRequest request, string fromName, string toName, Consent consent)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(consent);
        return from start in Parameter(request, fromName)
               from end in Parameter(request, toName)
               select new QueryWindow(
                   Later(Nullable(start), consent.TransactionFromDateTime) ?? DateTimeOffset.MinValue,
                   Earlier(Nullable(end), consent.TransactionToDateTime) ?? DateTimeOffset.MaxValue);
    }

    /// <summary>The consent's own transaction period, with no query.</summary>
    public static QueryWindow Of(Consent consent)
    {
        ArgumentNullException.ThrowIfNull(consent);
        return new QueryWindow(consent.TransactionFromDateTime ?? DateTimeOffset.MinValue, consent.TransactionToDateTime ?? DateTimeOffset.MaxValue);
    }

    private static Either<ObError, Option<DateTimeOffset>> Parameter(HttpRequest request, string name)
    {
        var text = request.Query[name].ToString();
        if (text.Length == 0)
        {
            return Option<DateTimeOffset>.None;
        }

        return QueryDateTime.Parse(text) is { } value
            ? Option<DateTimeOffset>.Some(new DateTimeOffset(value, TimeSpan.Zero))
            : new ObError(400, ObCodes.FieldInvalidDate, $"{name} must be an ISO 8601 date-time such as 2026-01-31T00:00:00", name);
    }

    private static DateTimeOffset? Nullable(Option<DateTimeOffset> value) => value.ToNullable();

    private static DateTimeOffset? Later(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private static DateTimeOffset? Earlier(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a < b ? a : b;
}
