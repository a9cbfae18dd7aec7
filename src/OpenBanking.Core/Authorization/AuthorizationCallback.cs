using System.Security.Cryptography;
using System.Text;
using LanguageExt;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;
using OpenBanking.Core.Jose;
using OpenBanking.Core.Protocol;

namespace OpenBanking.Core.Authorization;

/// <summary>What the bank's redirect back to the TPP carries after the PSU approved.</summary>
/// <param name="Code">The authorisation code. Never printed.</param>
/// <param name="State">The state, checked against the one sent.</param>
/// <param name="IdToken">The front-channel id_token of the hybrid flow, if present.</param>
public sealed record AuthorizationCallback(string Code, string State, string? IdToken)
{
    /// <summary>
    /// Parses the URL the PSU's browser was redirected to, reading only where <paramref name="mode"/> says the
    /// answer is (the fragment for the hybrid flow, the query for the code flow), so parameters added to the other
    /// part are ignored. The <c>state</c> is checked first: a missing or different state is a
    /// <see cref="ValidationError"/> on <c>state</c> whatever else the URL says. Then an <c>error</c> (e.g.
    /// <c>access_denied</c> when the PSU declines) is a <see cref="ProtocolError"/>, and an <c>iss</c> parameter
    /// (RFC 9207) must match <paramref name="expectedIssuer"/>.
    /// </summary>
    public static Either<OpenBankingError, AuthorizationCallback> Parse(
        string redirectUrl, string expectedState, string? expectedIssuer = null, ResponseMode mode = ResponseMode.Fragment)
    {
        ArgumentNullException.ThrowIfNull(redirectUrl);
        ArgumentNullException.ThrowIfNull(expectedState);
        if (string.IsNullOrEmpty(expectedState))
        {
            return new ValidationError("state", "no state was kept from the consent URL, so the redirect cannot be checked");
        }

        if (!Uri.TryCreate(redirectUrl.Trim(), UriKind.Absolute, out var uri))
        {
            return new ParseError("authorisation redirect", "an absolute URL", null, "the text is not one");
        }

        var parameters = Parameters(mode == ResponseMode.Fragment ? uri.Fragment : uri.Query);
        string? Get(string name) => parameters.TryGetValue(name, out var value) ? value : null;

        var state = Get(OAuthParameters.State);
        if (state is null)
        {
            return new ValidationError("state", $"the redirect carries no state in its {(mode == ResponseMode.Fragment ? "fragment" : "query")}");
        }

        if (!ConstantTime.Equal(state, expectedState))
        {
            return new ValidationError("state", "the redirect's state is not the one sent with the consent URL (a forged or crossed redirect)");
        }

        if (Get(OAuthParameters.Error) is { } error)
        {
            return new ProtocolError(error, Get(OAuthParameters.ErrorDescription), "authorisation");
        }

        if (expectedIssuer is not null && Get(OAuthParameters.Issuer) is { } issuer && issuer != expectedIssuer)
        {
            return new ValidationError("iss", $"the redirect comes from issuer '{issuer}', not '{expectedIssuer}' (RFC 9207)");
        }

        return Get(OAuthParameters.Code) is { Length: > 0 } code
            ? new AuthorizationCallback(code, state, Get(OAuthParameters.IdToken))
            : new ParseError("authorisation redirect", "a code parameter", null, "the redirect has none");
    }

    /// <summary>Where the answer to <paramref name="responseType"/> comes, by default.</summary>
    public static ResponseMode DefaultMode(string responseType) =>
        responseType.Split(' ').Contains(OAuthParameters.IdToken) ? ResponseMode.Fragment : ResponseMode.Query;

    /// <summary>The state and whether an id_token came; never the code.</summary>
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"Code = ***, State = {State}, IdToken = {(IdToken is null ? "(none)" : "***")}");
        return true;
    }

    private static Dictionary<string, string> Parameters(string part)
    {
        // A repeated parameter is ambiguous; the first one counts, as most servers read it.
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in FormUrlEncoding.Decode(part.TrimStart('?', '#')))
        {
            result.TryAdd(name, value);
        }

        return result;
    }

}
