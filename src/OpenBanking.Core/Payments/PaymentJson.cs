using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using LanguageExt;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Payments;

/// <summary>Writes payment request bodies and reads payment answers through <see cref="PaymentJsonContext"/>.</summary>
internal static class PaymentJson
{
    // The context's options with EquatableListResolver first (so a list error names the item, as ObJson's reads do)
    // and the library's relaxed escaping (a '+' in a date-time offset is written as it is).
    private static readonly JsonSerializerOptions Options = new(PaymentJsonContext.Default.Options)
    {
        TypeInfoResolver = JsonTypeInfoResolver.Combine(EquatableListResolver.Instance, PaymentJsonContext.Default),
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The metadata of <typeparamref name="T"/>, through the options above.</summary>
    public static JsonTypeInfo<T> Info<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    /// <summary>The body <c>{"Data": data, "Risk": risk}</c>, compact, null members left out (and Risk when null).</summary>
    public static string Write<TData>(TData data, PaymentRisk? risk) =>
        JsonSerializer.Serialize(new PaymentRequestDocument<TData>(data, risk), Info<PaymentRequestDocument<TData>>());

    /// <summary>Reads a request body written by <see cref="Write{TData}"/> (or sent by a TPP): its Data and Risk.</summary>
    public static Either<OpenBankingError, (TData Data, PaymentRisk? Risk)> ReadRequest<TData>(ReadOnlyMemory<byte> body, string what, string schema)
    {
        try
        {
            JsonElements.CheckUtf8(body.Span);
            return JsonSerializer.Deserialize(body.Span, Info<PaymentRequestDocument<TData>>()) is { Data: not null } document
                ? (document.Data, document.Risk)
                : new ParseError(what, $"an {schema} document", "$.Data", "it is null");
        }
        catch (JsonException e)
        {
            return new ParseError(what, $"an {schema} document", e.Path, e.Message.Split(" Path:")[0]);
        }
    }

    /// <summary>The <c>Data</c> of an answer with <paramref name="status"/>: <see cref="ObJson.Read"/> classifies every other status.</summary>
    public static Either<OpenBankingError, TData> Read<TData>(HttpResponseSpec response, string operation, int status, string schema) =>
        ObJson.Read(response, Info<PaymentResponseDocument<TData>>(), operation, status, $"an {schema} document").Map(document => document.Data);

    /// <summary>
    /// A consent answer's <c>Data</c> with its <c>Risk</c>, which every payment consent answer requires (OBRisk1; an empty
    /// object will do): a missing Risk is a <see cref="ParseError"/> at <c>$.Risk</c>.
    /// </summary>
    public static Either<OpenBankingError, TData> ReadConsent<TData>(
        HttpResponseSpec response, string operation, int status, string schema, Func<TData, PaymentRisk, TData> withRisk) =>
        ObJson.Read(response, Info<PaymentResponseDocument<TData>>(), operation, status, $"an {schema} document")
            .Bind(document => document.Risk is { } risk
                ? Prelude.Right<OpenBankingError, TData>(withRisk(document.Data, risk))
                : new ParseError(operation, "a Risk object (OBRisk1; an empty one will do)", "$.Risk", "it is missing or null", response.InteractionId));
}
