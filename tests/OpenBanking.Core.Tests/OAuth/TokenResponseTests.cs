using NUnit.Framework;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;
using OpenBanking.Core.OAuth;
using OpenBanking.Core.Tests.Support;
using OpenBanking.TestSupport;

namespace OpenBanking.Core.Tests.OAuth;

public class TokenResponseTests
{
    private static readonly DateTimeOffset ReceivedAt = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private static HttpResponseSpec Response(int status, string body, string contentType = "application/json") =>
        HttpResponseSpec.FromText(status, body, KeyValuePair.Create("Content-Type", contentType), KeyValuePair.Create("x-fapi-interaction-id", "iid-1"));

    [Test]
    public void A_token_response_parses_with_an_absolute_expiry_from_the_clock()
    {
        var body = """{"access_token":"at-1","token_type":"Bearer","expires_in":3600,"refresh_token":"rt-1","scope":"openid accounts","id_token":"a.b.c"}""";

        var token = TokenResponse.Parse(Response(200, body), ReceivedAt).Right();

        Assert.That(token, Is.EqualTo(new TokenResponse("at-1", "Bearer", ReceivedAt.AddHours(1), "rt-1", "openid accounts", "a.b.c")));
        Assert.That(token.IsExpired(ReceivedAt.AddMinutes(59)), Is.False);
        Assert.That(token.IsExpired(ReceivedAt.AddMinutes(59), margin: TimeSpan.FromMinutes(2)), Is.True);
    }

    [TestCase("""{"access_token":"at","token_type":"bearer"}""", null)]
    [TestCase("""{"access_token":"at","token_type":"Bearer","expires_in":"120"}""", 120)]
    public void Token_type_is_case_insensitive_and_expires_in_may_be_a_numeric_string(string body, int? seconds)
    {
        var token = TokenResponse.Parse(Response(200, body), ReceivedAt).Right();

        Assert.That(token.ExpiresAt, Is.EqualTo(seconds is null ? null : ReceivedAt.AddSeconds(seconds.Value)));
    }

    // RFC 6749 §5.1: expires_in is the token's lifetime in seconds. One that cannot be a lifetime, or that would put the
    // expiry past what a clock can hold, is a parse error rather than an exception from the date arithmetic.
    [TestCase("-5")]
    [TestCase("0")]
    [TestCase("\"-5\"")]
    [TestCase("252000000000")]
    [TestCase("9223372036854775807")]
    [TestCase("\"9223372036854775807\"")]
    public void An_expires_in_that_is_not_a_positive_lifetime_a_clock_can_hold_is_a_parse_error(string expiresIn)
    {
        var body = $$"""{"access_token":"at","token_type":"Bearer","expires_in":{{expiresIn}}}""";

        var error = TokenResponse.Parse(Response(200, body), ReceivedAt).LeftOf<ParseError, TokenResponse>();

        Assert.That(error.Path, Is.EqualTo("$.expires_in"));
    }

    [Test]
    public void A_lifetime_of_sixty_eight_years_is_still_an_expiry()
    {
        var token = TokenResponse.Parse(Response(200, """{"access_token":"at","token_type":"Bearer","expires_in":2147483647}"""), ReceivedAt).Right();

        Assert.That(token.ExpiresAt, Is.EqualTo(ReceivedAt.AddSeconds(int.MaxValue)));
    }

    // The seed library's doctest: AccessTokenRequest.access_token/1 on a body without access_token.
    [Test]
    public void A_200_without_access_token_is_a_parse_error_naming_the_field_but_no_values()
    {
        var error = TokenResponse.Parse(Response(200, """{"token_type":"Bearer","refresh_token":"secret-rt"}"""), ReceivedAt)
            .LeftOf<ParseError, TokenResponse>();

        Assert.That(error.Path, Is.EqualTo("$.access_token"));
        Assert.That(error.Message, Does.Contain("no access_token (keys: token_type, refresh_token)"));
        Assert.That(error.ToString(), Does.Not.Contain("secret-rt"));
        Assert.That(error.InteractionId, Is.EqualTo("iid-1"));
    }

    // The seed library's other doctest: invalid JSON.
    [Test]
    public void Invalid_json_is_a_parse_error_without_an_excerpt()
    {
        var error = TokenResponse.Parse(Response(200, """{"access_token":"secret-at","""), ReceivedAt).LeftOf<ParseError, TokenResponse>();

        Assert.That(error.Message, Does.Contain("not valid JSON"));
        Assert.That(error.ToString(), Does.Not.Contain("secret-at"));
    }

    [Test]
    public void An_oauth_error_body_is_a_protocol_error()
    {
        var error = TokenResponse.Parse(Response(401, """{"error":"invalid_client","error_description":"client assertion expired"}"""), ReceivedAt)
            .LeftOf<ProtocolError, TokenResponse>();

        Assert.That(error, Is.EqualTo(new ProtocolError("invalid_client", "client assertion expired", "token request", 401, "iid-1")));
        Assert.That(error.ToString(), Is.EqualTo(
            "token request refused with OAuth error 'invalid_client' (HTTP 401): client assertion expired (x-fapi-interaction-id iid-1)"));
    }

    [Test]
    public void An_html_error_page_is_an_http_error_with_a_capped_excerpt()
    {
        var page = "<html><body><h1>403 Forbidden</h1>" + new string('x', 2000) + "</body></html>";

        var error = TokenResponse.Parse(Response(403, page, "text/html; charset=utf-8"), ReceivedAt).LeftOf<HttpError, TokenResponse>();

        Assert.That(error.Status, Is.EqualTo(403));
        Assert.That(error.ContentType, Is.EqualTo("text/html"));
        Assert.That(error.BodyExcerpt, Does.StartWith("<html><body><h1>403 Forbidden</h1>"));
        Assert.That(error.BodyExcerpt.Length, Is.LessThanOrEqualTo(BodyExcerpt.MaxLength + 1));
    }

    [Test]
    public void A_200_html_page_is_a_parse_error_saying_what_came()
    {
        var error = TokenResponse.Parse(Response(200, "<html>login</html>", "text/html"), ReceivedAt).LeftOf<ParseError, TokenResponse>();

        Assert.That(error.Message, Does.Contain("came with text/html"));
    }

    [Test]
    public void A_5xx_is_an_http_error_that_says_the_bank_failed()
    {
        var error = TokenResponse.Parse(Response(503, "", "text/plain"), ReceivedAt).LeftOf<HttpError, TokenResponse>();

        Assert.That(error.ToString(), Is.EqualTo("token request: the bank failed with HTTP 503 and an empty body (x-fapi-interaction-id iid-1)"));
    }

    [Test]
    public void Each_failure_gives_a_distinct_readable_error()
    {
        var failures = new[]
        {
            Response(200, """{"token_type":"Bearer"}"""),
            Response(200, "{"),
            Response(400, """{"error":"invalid_grant"}"""),
            Response(400, "<html>bad</html>", "text/html"),
            Response(502, "Bad Gateway", "text/plain"),
        };

        var messages = failures.Select(r => TokenResponse.Parse(r, ReceivedAt).Left().ToString()).ToList();

        Assert.That(messages, Is.Unique);
        Assert.That(messages.Select(m => m.Length), Has.All.GreaterThan(20));
    }

    [Test]
    public void A_wrong_token_type_is_refused()
    {
        var error = TokenResponse.Parse(Response(200, """{"access_token":"at","token_type":"mac"}"""), ReceivedAt).LeftOf<ParseError, TokenResponse>();

        Assert.That(error.Path, Is.EqualTo("$.token_type"));
    }

    [Test]
    public void Printing_a_token_response_never_shows_a_token()
    {
        var token = new TokenResponse("secret-at", "Bearer", ReceivedAt, "secret-rt", "accounts", "secret.id.token");

        Assert.That(token.ToString(), Does.Not.Contain("secret"));
        Assert.That(token.ToString(), Does.Contain("AccessToken = ***"));
    }

    [Test]
    public void A_token_body_with_a_wrong_content_type_never_reaches_the_error()
    {
        var error = TokenResponse.Parse(Response(200, """{"access_token":"secret-at","token_type":"Bearer"}""", "text/plain"), ReceivedAt).Left();

        Assert.That(error.ToString(), Does.Not.Contain("secret-at").And.Contain("text/plain"));
    }
}
