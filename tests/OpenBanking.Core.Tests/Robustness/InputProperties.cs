using System.Text;
using CsCheck;
using NUnit.Framework;
using OpenBanking.Core.Authorization;
using OpenBanking.Core.Configuration;
using OpenBanking.Core.Io;

namespace OpenBanking.Core.Tests.Robustness;

/// <summary>
/// The readers of what does not come as a response body: the redirect back from the bank and the config (as text and as
/// a file). Never an exception; never accepted without what they require.
/// </summary>
[Category("Property")]
public class InputProperties
{
    private const string State = "the-state-0123456789";
    private const string Redirect = "https://tpp.example.com/oauth2/callback?x=1#code=the-code&state=" + State + "&id_token=a.b.c&iss=https%3A%2F%2Faspsp.example.com";

    // Pieces a hostile or broken redirect may hold: escapes that decode to nothing, to NUL or to half a character.
    private static readonly string[] Pieces = ["%", "%F", "%FF", "%C3", "%00", "%ud800", "\ud800", "#", "&", "=", "?", " ", "&state=", "&code=", "&error=access_denied", "\u2028", "%2523"];

    private static readonly string Config = """
        {
          "auth_server_issuer": "https://aspsp.example.com",
          "authorization_endpoint": "https://aspsp.example.com/auth",
          "token_endpoint": "https://aspsp.example.com/token",
          "resource_endpoint": "https://aspsp.example.com",
          "jwks_uri": "https://aspsp.example.com/jwks",
          "client_id": "abc8bebb-f67e-4485-bfd9-6656d87a681c",
          "client_secret": "c8be8546-ccac-4536-b9b8-4c919451cd44",
          "token_endpoint_auth_method": "client_secret_basic",
          "permissions": ["ReadAccountsDetail", "ReadBalances"],
          "registered_redirect_url": "https://tpp.example.com/oauth2/callback",
          "transport_cert_file": "./certificates/transport.pem",
          "transport_key_file": "./certificates/transport.key",
          "max_age": 86400,
          "clock_skew_seconds": 120,
          "request_timeout_seconds": 30,
          "allow_http_loopback": false
        }
        """;

    private static readonly string[] RequiredKeys =
    [
        "$.auth_server_issuer", "$.authorization_endpoint", "$.token_endpoint", "$.resource_endpoint", "$.client_id", "$.client_secret",
        "$.token_endpoint_auth_method", "$.registered_redirect_url", "$.transport_cert_file", "$.transport_key_file",
    ];

    private static Gen<string> Redirects { get; } =
        Gen.Select(Gen.Int[0, 200], Gen.Int[0, Pieces.Length - 1], Gen.Int[0, 3], (at, piece, kind) =>
        {
            var cut = at % (Redirect.Length + 1);
            return kind switch
            {
                0 => Redirect[..cut],
                1 => Redirect.Remove(cut, Math.Min(5, Redirect.Length - cut)),
                _ => Redirect.Insert(cut, Pieces[piece]),
            };
        });

    [Test]
    public void A_mutated_redirect_parses_or_is_refused_without_throwing()
    {
        PropertyRun.Check("authorisation redirect", Redirects, url =>
        {
            Assert.That(AuthorizationCallback.Parse(url, State, "https://aspsp.example.com").IsBottom, Is.False);
            Assert.That(AuthorizationCallback.Parse(url, State, mode: ResponseMode.Query).IsBottom, Is.False);
        }, url => url);
    }

    [TestCase("code=the-code&")]
    [TestCase("state=" + State)]
    public void A_redirect_without_its_code_or_its_state_is_refused(string removed)
    {
        PropertyRun.Check($"authorisation redirect without {removed}", Gen.Int[0, Pieces.Length - 1],
            piece => Assert.That(AuthorizationCallback.Parse(Redirect.Replace(removed, "", StringComparison.Ordinal) + (piece % 2 == 0 ? "" : "&x=y"), State).IsLeft, Is.True),
            piece => removed);
    }

    [Test]
    public void A_mutated_config_text_is_read_and_validated_or_refused_without_throwing()
    {
        Assert.That(ApiConfigJson.Parse(Config).Bind(c => c.Validate().Map(_ => c)).IsRight, Is.True, "the seed validates");

        PropertyRun.Check("config text", Gen.Select(MutatedBody.From(Config), Gen.Int[-200, 400]),
            input => Assert.That(ApiConfigJson.Parse(JsonMutation.Text(input.Item1.Body, input.Item2)).Bind(c => c.Validate().Map(_ => c)).IsBottom, Is.False),
            input => input.Item1.ToString());
    }

    [Test]
    public void A_config_without_a_key_it_requires_is_refused()
    {
        PropertyRun.Check("config without a required key", MutatedBody.TextWithout(Config, RequiredKeys),
            input => Assert.That(ApiConfigJson.Parse(Encoding.UTF8.GetString(input.Body.Body)).Bind(c => c.Validate().Map(_ => c)).IsLeft, Is.True, () => $"accepted without {input.Removed}"),
            input => $"without {input.Removed}: {input.Body}");
    }

    [Test]
    public void A_mutated_config_file_loads_or_is_refused_without_throwing()
    {
        var folder = Directory.CreateTempSubdirectory("obfx-config-");
        try
        {
            PropertyRun.Check("config file", MutatedBody.From(Config), body =>
            {
                var path = Path.Combine(folder.FullName, $"{Guid.NewGuid():N}.json");
                File.WriteAllBytes(path, body.Body);
                Assert.That(ConfigFile.Load(path).IsBottom, Is.False);
                File.Delete(path);
            }, body => body.ToString());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
