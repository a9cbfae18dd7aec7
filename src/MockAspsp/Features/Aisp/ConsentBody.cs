using System.Collections.Immutable;
using System.Text.Json;
using LanguageExt;
using MockAspsp.Fapi;
using OpenBanking.Core.Protocol;

namespace MockAspsp.Features.Aisp;

/// <summary>An OBReadConsent1 body that passed the bank's checks.</summary>
public sealed record ConsentBody(
    ImmutableArray<string> Permissions,
    DateTimeOffset? ExpirationDateTime,
    DateTimeOffset? TransactionFromDateTime,
    DateTimeOffset? TransactionToDateTime)
{
    private static readonly string[] RootMembers = ["Data", "Risk"];
    private static readonly string[] DataMembers = ["Permissions", "ExpirationDateTime", "TransactionFromDateTime", "TransactionToDateTime"];

    /// <summary>
    /// Parses and checks an OBReadConsent1 body: Data and Risk objects, nothing unknown, the permission set
    /// (<see cref="ObPermission.Rejections"/>: 400 UK.OBIE.Field.Invalid), well-formed dates, an expiry in the future, and From no later than To.
    /// </summary>
    public static Either<ObError, ConsentBody> Parse(ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        try
        {
            using var document = JsonDocument.Parse(body.ToArray());
            return Check(document.RootElement, now);
        }
        catch (JsonException)
        {
            return new ObError(400, ObCodes.InvalidFormat, "the body is not valid JSON");
        }
    }

    private static Either<ObError, ConsentBody> Check(JsonElement root, DateTimeOffset now)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return new ObError(400, ObCodes.InvalidFormat, "the body must be an OBReadConsent1 object");
        }

        if (Unexpected(root, RootMembers, "") is { } rootProblem)
        {
            return rootProblem;
        }

        if (!root.TryGetProperty("Data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            return new ObError(400, ObCodes.FieldMissing, "Data is required", "Data");
        }

        if (!root.TryGetProperty("Risk", out var risk) || risk.ValueKind != JsonValueKind.Object)
        {
            return new ObError(400, ObCodes.FieldMissing, "Risk is required (an empty object will do)", "Risk");
        }

        // OBRisk2 for account access has no properties and additionalProperties: false.
        if (Unexpected(risk, [], "Risk.") is { } riskProblem)
        {
            return riskProblem;
        }

        if (Unexpected(data, DataMembers, "Data.") is { } dataProblem)
        {
            return dataProblem;
        }

        if (!data.TryGetProperty(nameof(Permissions), out var permissionsElement) || permissionsElement.ValueKind != JsonValueKind.Array)
        {
            return new ObError(400, ObCodes.FieldMissing, "Data.Permissions is required", "Data.Permissions");
        }

        if (permissionsElement.EnumerateArray().Any(p => p.ValueKind != JsonValueKind.String))
        {
            return new ObError(400, ObCodes.FieldInvalid, "every permission must be a string", "Data.Permissions");
        }

        var permissions = permissionsElement.EnumerateArray().Select(p => p.GetString()!).ToImmutableArray();
        // The one source of the rules: the library's ObPermission.Rejections, the spec's must-reject list and nothing more.
        if (ObPermission.Rejections(permissions) is { Count: > 0 } rejections)
        {
            return new ObError(400, ObCodes.FieldInvalid, string.Join("; ", rejections.Select(r => r.Message)),
                rejections[0].Index is { } index ? $"Data.Permissions[{index}]" : "Data.Permissions");
        }

        var dates = new Dictionary<string, DateTimeOffset?>();
        foreach (var name in DataMembers.Skip(1))
        {
            if (!data.TryGetProperty(name, out var value))
            {
                dates[name] = null;
                continue;
            }

            if (value.ValueKind != JsonValueKind.String || !Wire.TryParseDate(value.GetString()!, out var parsed))
            {
                return new ObError(400, ObCodes.FieldInvalidDate, $"Data.{name} must be an ISO 8601 date-time with a time zone", $"Data.{name}");
            }

            dates[name] = parsed;
        }

        if (dates["ExpirationDateTime"] <= now)
        {
            return new ObError(400, ObCodes.FieldInvalidDate, "Data.ExpirationDateTime must be in the future", "Data.ExpirationDateTime");
        }

        if (dates["TransactionFromDateTime"] > dates["TransactionToDateTime"])
        {
            return new ObError(400, ObCodes.FieldInvalidDate, "Data.TransactionFromDateTime is after Data.TransactionToDateTime", "Data.TransactionFromDateTime");
        }

        return new ConsentBody(permissions, dates["ExpirationDateTime"], dates["TransactionFromDateTime"], dates["TransactionToDateTime"]);
    }

    private static ObError? Unexpected(JsonElement element, string[] allowed, string prefix) =>
        element.EnumerateObject().Select(p => p.Name).FirstOrDefault(name => !allowed.Contains(name)) is { } unexpected
            ? new ObError(400, ObCodes.FieldUnexpected, $"{prefix}{unexpected} is not a field of OBReadConsent1", $"{prefix}{unexpected}")
            : null;
}
