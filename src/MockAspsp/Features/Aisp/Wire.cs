using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace MockAspsp.Features.Aisp;

/// <summary>How values are written on the wire: amounts as strings, dates in ISO 8601 with an offset.</summary>
internal static partial class Wire
{
    /// <summary>
    /// Reads an ISO 8601 / RFC 3339 date-time with a zone, nothing looser (the OpenAPI documents' <c>date-time</c>):
    /// false for anything else, a local time or a date alone included.
    /// </summary>
    public static bool TryParseDate(string text, out DateTimeOffset value)
    {
        value = default;
        return IsoDateTime().IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out value);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex IsoDateTime();

    public static string Amount(decimal value) => Math.Abs(value).ToString("0.00", CultureInfo.InvariantCulture);

    public static string Date(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static JsonObject Money(decimal amount, string currency) => new() { ["Amount"] = Amount(amount), ["Currency"] = currency };

    public static string CreditDebit(bool credit) => credit ? "Credit" : "Debit";

    /// <summary>A card number shows only its last four digits unless the consent has ReadPAN.</summary>
    public static string Pan(string number, bool readPan) => readPan ? number : new string('*', number.Length - 4) + number[^4..];

    /// <summary>
    /// An account identification as the consent may see it: a card number (scheme UK.OBIE.PAN) masked unless the consent
    /// has ReadPAN (Account and Transaction API Profile v3.1.11, ReadPAN: "all API endpoints where PAN is available as a
    /// structured field"), any other identification as it is.
    /// </summary>
    public static string Identification(string schemeName, string identification, bool readPan) =>
        schemeName == "UK.OBIE.PAN" ? Pan(identification, readPan) : identification;
}
