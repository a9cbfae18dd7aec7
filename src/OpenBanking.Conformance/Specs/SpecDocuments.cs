using System.Text.Json.Nodes;
using OpenBanking.Conformance.Endpoints;

namespace OpenBanking.Conformance.Specs;

/// <summary>
/// The OBIE Read/Write API v3.1.11 OpenAPI documents, shipped unchanged inside this library as embedded resources and
/// the source of every operation, required header and body schema the checker knows. They are published by Open
/// Banking Limited (OBIE) under its open licence, which allows copying and redistribution with attribution: see
/// <see cref="Notice"/>.
/// </summary>
public static class SpecDocuments
{
    private const string ResourcePrefix = "OpenBanking.Conformance.Specs.v3_1_11.";

    /// <summary>Account and Transaction API (<c>/open-banking/v3.1/aisp</c>).</summary>
    public static SpecDocument AccountInformation { get; } = new("account-info", "account-info-openapi.json");

    /// <summary>Payment Initiation API (<c>/open-banking/v3.1/pisp</c>).</summary>
    public static SpecDocument PaymentInitiation { get; } = new("payment-initiation", "payment-initiation-openapi.json");

    /// <summary>Variable Recurring Payments API (<c>/open-banking/v3.1/pisp</c>, the <c>domestic-vrp*</c> paths).</summary>
    public static SpecDocument Vrp { get; } = new("vrp", "vrp-openapi.json");

    /// <summary>Confirmation of Funds API (<c>/open-banking/v3.1/cbpii</c>).</summary>
    public static SpecDocument ConfirmationOfFunds { get; } = new("confirmation-funds", "confirmation-funds-openapi.json");

    /// <summary>Events API, the bank's endpoints (<c>/open-banking/v3.1/event-subscriptions</c>, <c>/events</c>).</summary>
    public static SpecDocument Events { get; } = new("events", "events-openapi.json");

    /// <summary>Event Notification API, the TPP's endpoint the bank calls (<c>/open-banking/v3.1/event-notifications</c>).</summary>
    public static SpecDocument EventNotifications { get; } = new("event-notifications", "event-notifications-openapi.json");

    /// <summary>All six.</summary>
    public static IReadOnlyList<SpecDocument> All { get; } = [AccountInformation, PaymentInitiation, Vrp, ConfirmationOfFunds, Events, EventNotifications];

    /// <summary>The document that declares <paramref name="operation"/>.</summary>
    /// <exception cref="ArgumentException">The operation is not one of these documents' (a programmer error).</exception>
    public static SpecDocument Of(SpecOperation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return All.FirstOrDefault(d => d.Id == operation.Document)
            ?? throw new ArgumentException($"no shipped document is called '{operation.Document}'", nameof(operation));
    }

    /// <summary>Where the documents come from and the terms they are shipped under (the NOTICE shipped beside them).</summary>
    public static string Notice => ReadText("NOTICE.md");

    /// <summary>True for a media type whose body is JSON these documents describe (<c>application/json</c>, with or without a charset).</summary>
    internal static bool IsJsonMediaType(string mediaType) =>
        mediaType.Split(';')[0].Trim() is var type && string.Equals(type, "application/json", StringComparison.OrdinalIgnoreCase);

    internal static JsonObject ReadResource(string name) =>
        WireFormats.ParseJson(ReadText(name)) as JsonObject
        ?? throw new InvalidOperationException($"the embedded {name} is not a JSON object");

    private static string ReadText(string name)
    {
        using var stream = typeof(SpecDocuments).Assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"the embedded resource {ResourcePrefix}{name} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
