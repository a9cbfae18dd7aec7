using OpenBanking.Core.Api;
using System.Text;
using NUnit.Framework;
using OpenBanking.Core.Accounts;
using OpenBanking.Core.Authorization;
using OpenBanking.Core.Configuration;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;
using OpenBanking.Core.Jose;
using OpenBanking.Core.OAuth;
using OpenBanking.Core.Tests.Support;
using OpenBanking.TestSupport;

namespace OpenBanking.Core.Tests.Json;

/// <summary>
/// JSON that is well formed but whose strings cannot become .NET strings: a lone surrogate escape (<c>"\udfff"</c>,
/// RFC 8259 §8.2 allows it, UTF-16 does not) or bytes that are not UTF-8 (RFC 8259 §8.1). Each parser must answer with
/// an error value naming where, never throw.
/// </summary>
public class UnreadableStringTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    // {"x":"<0xFF 0xFE>"}: not UTF-8.
    private static byte[] WithInvalidUtf8(string before, string after) =>
        [.. Encoding.UTF8.GetBytes(before), 0xFF, 0xFE, .. Encoding.UTF8.GetBytes(after)];

    private static HttpResponseSpec Response(int status, byte[] body) =>
        new(status, [KeyValuePair.Create("Content-Type", "application/json"), KeyValuePair.Create("x-fapi-interaction-id", "iid-1")], body);

    private static HttpResponseSpec Response(int status, string body) => Response(status, Encoding.UTF8.GetBytes(body));

    [TestCase("""{"error":"\udfff"}""")]
    [TestCase("""{"error":"invalid_client","error_description":"\ud800"}""")]
    [TestCase("""{"Code":"400","Message":"bad","Errors":[{"ErrorCode":"\udfff","Message":"m"}]}""")]
    [TestCase("""{"\ud800":1,"error":"invalid_client"}""")]
    public void An_error_body_with_a_lone_surrogate_is_classified_without_throwing(string body)
    {
        var error = TokenResponse.Parse(Response(400, body), Now).Left();

        Assert.That(error, Is.InstanceOf<HttpError>());
        Assert.That(error.InteractionId, Is.EqualTo("iid-1"));
    }

    [Test]
    public void An_error_body_with_bytes_that_are_not_utf8_is_classified_without_throwing()
    {
        var error = ResponseErrors.Classify(Response(401, WithInvalidUtf8("{\"error\":\"", "\"}")), "token request");

        Assert.That(error, Is.InstanceOf<HttpError>());
    }

    [TestCase("""{"access_token":"\ud800","token_type":"Bearer"}""", "$.access_token")]
    [TestCase("""{"access_token":"at","token_type":"Bearer","refresh_token":"\udc00x"}""", "$.refresh_token")]
    [TestCase("""{"\ud800":"at","token_type":"Bearer"}""", "$")]
    public void A_token_response_with_a_lone_surrogate_is_a_parse_error_naming_where(string body, string path)
    {
        var error = TokenResponse.Parse(Response(200, body), Now).LeftOf<ParseError, TokenResponse>();

        Assert.That(error.Path, Is.EqualTo(path));
        Assert.That(error.Message, Does.Contain("lone surrogate"));
    }

    [Test]
    public void A_token_response_with_bytes_that_are_not_utf8_is_a_parse_error_naming_where()
    {
        var body = WithInvalidUtf8("{\"token_type\":\"Bearer\",\"access_token\":\"", "\"}");

        var error = TokenResponse.Parse(Response(200, body), Now).LeftOf<ParseError, TokenResponse>();

        Assert.That(error.Path, Is.EqualTo("$.access_token"));
        Assert.That(error.Message, Does.Contain("not UTF-8"));
    }

    [TestCase("""{"keys":[{"kty":"RSA","kid":"k","n":"\udfff","e":"AQAB"}]}""", "$.keys[0].n")]
    [TestCase("""{"keys":[{"kty":"\ud800"}]}""", "$.keys[0].kty")]
    public void A_jwks_with_a_lone_surrogate_is_a_parse_error_naming_where(string json, string path)
    {
        var error = JsonWebKeySet.Parse(json).LeftOf<ParseError, JsonWebKeySet>();

        Assert.That(error.Path, Is.EqualTo(path));
    }

    [Test]
    public void A_jwks_given_as_text_with_an_unpaired_surrogate_character_is_a_parse_error()
    {
        var error = JsonWebKeySet.Parse("{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"\ud800\"}]}").LeftOf<ParseError, JsonWebKeySet>();

        Assert.That(error.Message, Does.Contain("surrogate"));
    }

    [TestCase("""{"alg":"\udfff","kid":"k"}""")]
    [TestCase("""{"alg":"PS256","kid":"\ud800"}""")]
    [TestCase("""{"alg":"PS256","\ud800":"x"}""")]
    public void An_id_token_header_with_a_lone_surrogate_is_a_format_failure(string header)
    {
        var token = $"{Base64Url(header)}.{Base64Url("""{"sub":"s"}""")}.c2ln";

        var error = CompactJws.Decode(token, "id_token.format").Left();

        Assert.That(error.Check, Is.EqualTo("id_token.format"));
        Assert.That(error.Detail, Does.Contain("the JWS header has").And.Contain(" at $"));
    }

    [Test]
    public void A_signed_id_token_whose_audience_is_a_lone_surrogate_is_refused()
    {
        var key = SigningKey.FromRsa(TestKeys.BankRsa, "PS256", TestKeys.BankKid);
        var token = CompactJws.Sign(key, writer =>
        {
            writer.WriteString("iss", TestConfig.Issuer);
            writer.WritePropertyName("aud");
            writer.WriteRawValue("\"\\udfff\"", skipInputValidation: true);
        });
        var expected = new IdTokenExpectations(TestConfig.Issuer, TestConfig.ClientId, "PS256", "nonce", "consent", TimeSpan.FromMinutes(2));

        var error = IdTokenValidator.Validate(token, TestKeys.BankJwks, expected, Now).LeftOf<ValidationError, IdTokenClaims>();

        Assert.That(error.Check, Is.EqualTo("id_token.format"));
        Assert.That(error.Detail, Does.Contain("$.aud"));
    }

    [Test]
    public void A_config_with_a_lone_surrogate_escape_is_a_config_error_naming_the_key()
    {
        var error = ApiConfigJson.Parse("""{"client_id":"\udfff"}""").Left();

        Assert.That(error.Problems.Select(p => p.Field), Is.EqualTo(new[] { "client_id" }));
    }

    [Test]
    public void A_config_text_with_an_unpaired_surrogate_character_is_a_config_error()
    {
        var error = ApiConfigJson.Parse("{\"client_id\":\"\ud800\"}").Left();

        Assert.That(error.Problems, Has.Count.EqualTo(1));
        Assert.That(error.Problems[0].Reason, Does.Contain("surrogate"));
    }

    [Test]
    public void An_accounts_page_with_bytes_that_are_not_utf8_is_a_parse_error_naming_where()
    {
        var body = WithInvalidUtf8("{\"Data\":{\"Account\":[{\"AccountId\":\"", "\",\"Currency\":\"GBP\",\"AccountType\":\"Personal\",\"AccountSubType\":\"CurrentAccount\"}]}}");

        var error = AccountInformation.Accounts().Parse(Response(200, body)).LeftOf<ParseError, ResourcePage<Account>>();

        Assert.That(error.Path, Is.EqualTo("$.Data.Account[0].AccountId"));
    }

    // RFC 8259 §8.1: JSON text exchanged between systems must be UTF-8. A member name that is not would otherwise be
    // skipped as unknown, and the page read as if the bank had sent no accounts.
    [Test]
    public void An_accounts_page_whose_member_name_is_not_utf8_is_a_parse_error_not_an_empty_page()
    {
        var body = WithInvalidUtf8("{\"Data\":{\"Acc", "ount\":[{\"AccountId\":\"22289\"}]}}");

        var error = AccountInformation.Accounts().Parse(Response(200, body)).LeftOf<ParseError, ResourcePage<Account>>();

        Assert.That(error.Path, Is.EqualTo("$.Data"));
    }

    [Test]
    public void An_accounts_page_with_a_lone_surrogate_is_a_parse_error_naming_where()
    {
        var body = """{"Data":{"Account":[{"AccountId":"\ud800","Currency":"GBP","AccountType":"Personal","AccountSubType":"CurrentAccount"}]}}""";

        var error = AccountInformation.Accounts().Parse(Response(200, body)).LeftOf<ParseError, ResourcePage<Account>>();

        Assert.That(error.Path, Is.EqualTo("$.Data.Account[0].AccountId"));
    }

    private static string Base64Url(string json) => System.Buffers.Text.Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));
}
