using System.Text.Json.Serialization.Metadata;
using System.Text.Json;
using LanguageExt;
using OpenBanking.Core.Accounts;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;
using OpenBanking.Core.Api;

namespace OpenBanking.Core.Json;

/// <summary>Reads Read/Write API response bodies into typed models, every failure a value.</summary>
internal static class ObJson
{
    // The context's own options with EquatableListResolver first: lists are read by the serializer's collection
    // converter, so paths name the item, and everything else comes from the generated context.
    private static readonly JsonSerializerOptions Options = new(ObJsonContext.Default.Options)
    {
        TypeInfoResolver = JsonTypeInfoResolver.Combine(EquatableListResolver.Instance, ObJsonContext.Default),
    };

    /// <summary>The metadata to read <typeparamref name="T"/> with: <paramref name="typeInfo"/>'s type, resolved through <see cref="Options"/>.</summary>
    public static JsonTypeInfo<T> Resolve<T>(JsonTypeInfo<T> typeInfo) =>
        ReferenceEquals(typeInfo.Options, ObJsonContext.Default.Options) ? (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T)) : typeInfo;

    /// <summary>
    /// Accepts only <paramref name="expectedStatus"/> (other statuses go to <see cref="ResponseErrors.Classify"/>),
    /// then reads the JSON body; a missing required field or a wrong type is a <see cref="ParseError"/> with its JSON path.
    /// </summary>
    public static Either<OpenBankingError, T> Read<T>(HttpResponseSpec response, JsonTypeInfo<T> typeInfo, string operation, int expectedStatus, string expected)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (UnexpectedStatus(response, operation, expectedStatus) is { } error)
        {
            return error;
        }

        if (response.MediaType is { } mediaType && mediaType != "application/json")
        {
            // No excerpt: a successful answer carries the PSU's account data.
            return new ParseError(operation, "an application/json body", null,
                $"it is {mediaType} ({response.Body.Length} bytes)", response.InteractionId);
        }

        try
        {
            JsonElements.CheckUtf8(response.Body.Span);
            return JsonSerializer.Deserialize(response.Body.Span, Resolve(typeInfo)) switch
            {
                null => new ParseError(operation, "a JSON object", "$", "the body is null", response.InteractionId),
                IReadDocument { HasData: false } => new ParseError(operation, "a Data object", "$.Data", "it is null", response.InteractionId),
                var value => value,
            };
        }
        catch (JsonException e)
        {
            return new ParseError(operation, expected, e.Path, e is JsonStringException unreadable ? $"it has {unreadable.Reason}" : Describe(e), response.InteractionId);
        }
    }

    /// <summary>
    /// Null when the response has <paramref name="expectedStatus"/>; otherwise the error: another success status is a
    /// <see cref="ParseError"/>, a failure status is classified by <see cref="ResponseErrors.Classify"/>.
    /// </summary>
    public static OpenBankingError? UnexpectedStatus(HttpResponseSpec response, string operation, int expectedStatus) =>
        response.Status == expectedStatus ? null
        : response.IsSuccess ? new ParseError(operation, $"HTTP {expectedStatus}", null, $"the bank answered HTTP {response.Status}", response.InteractionId)
        : ResponseErrors.Classify(response, operation);

    // System.Text.Json's messages name the .NET type and the problem ("missing required properties
    // including: 'AccountId'", "could not be converted to ...Status"); keep the first sentence.
    private static string Describe(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).Trim();
    }
}
