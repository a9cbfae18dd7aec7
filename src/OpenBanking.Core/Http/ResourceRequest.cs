using System.Globalization;
using LanguageExt;
using OpenBanking.Core.Api;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Protocol;

namespace OpenBanking.Core.Http;

/// <summary>The headers every Read/Write API resource request shares, whatever its family.</summary>
internal static class ResourceRequest
{
    /// <summary>What every Read/Write API resource is read as.</summary>
    public const string JsonMediaType = "application/json";

    /// <summary>
    /// The request, or a <see cref="ValidationError"/> when a value cannot be sent in a header: a customer IP
    /// that is not an IP address, or a token, id or user agent with control or non-ASCII characters.
    /// </summary>
    public static Either<OpenBankingError, HttpRequestSpec> Build(
        CallContext context, string operation, HttpMethod method, Uri url, RequestBody body, string accept = JsonMediaType) =>
        Headers(context, accept).Map(headers => new HttpRequestSpec(operation, method, url, headers, body));

    /// <summary>Headers in a fixed order: Authorization, Accept (JSON unless <paramref name="accept"/> says otherwise), interaction id, then the optional ones.</summary>
    public static Either<OpenBankingError, EquatableList<KeyValuePair<string, string>>> Headers(CallContext context, string accept = JsonMediaType)
    {
        var (config, accessToken, interactionId, customer) = (context.Config, context.AccessToken, context.InteractionId, context.Customer);
        if (HeaderValues.Problem(customer) is { } customerProblem)
        {
            return new ValidationError("customer", customerProblem);
        }

        var headers = new List<KeyValuePair<string, string>>
        {
            KeyValuePair.Create("Authorization", $"Bearer {accessToken}"),
            KeyValuePair.Create("Accept", accept),
            KeyValuePair.Create(FapiHeaders.InteractionId, interactionId),
        };

        if (config.FapiFinancialId is { Length: > 0 } financialId)
        {
            headers.Add(KeyValuePair.Create(FapiHeaders.FinancialId, financialId));
        }

        if (customer?.LastLoggedIn is { } lastLoggedIn)
        {
            // RFC 7231 §7.1.1.1 IMF-fixdate, e.g. "Sun, 10 Sep 2017 19:43:31 GMT".
            headers.Add(KeyValuePair.Create(FapiHeaders.AuthDate, lastLoggedIn.ToUniversalTime().ToString("r", CultureInfo.InvariantCulture)));
        }

        if (customer?.IpAddress is { Length: > 0 } ip)
        {
            headers.Add(KeyValuePair.Create(FapiHeaders.CustomerIpAddress, ip));
        }

        if (customer?.UserAgent is { Length: > 0 } userAgent)
        {
            headers.Add(KeyValuePair.Create(FapiHeaders.CustomerUserAgent, userAgent));
        }

        return HeaderValues.Problem(headers) is { } problem
            ? new ValidationError("headers", problem)
            : headers.ToEquatableList();
    }
}
