using System.Text.Json.Nodes;
using CsCheck;
using NUnit.Framework;
using OpenBanking.Conformance.Fixtures;
using OpenBanking.Conformance.Traffic;
using OpenBanking.Core.Tests.Robustness;
using static OpenBanking.Conformance.Tests.Support.Build;

namespace OpenBanking.Conformance.Tests.Secrets;

/// <summary>
/// Reading a recording keeps a JSON body without a secret as it is instead of copying it (most bodies hold none, and
/// copying every node was most of what reading a large recording cost): the test that decides must say "no secret"
/// exactly when scrubbing would change nothing.
/// </summary>
public class BodiesWithoutSecretsTests
{
    private static readonly string[] Names = ["Data", "AccountId", "access_token", "refresh_token", "code", "password", "client_secret", "id_token", "request", "client_assertion", "consent_url", "redirect_url", "acc\\u0065ss_token"];

    private static readonly string[] Texts =
    [
        "", "plain", "<access_token>", "<refresh_token>", "<code>", "<password>", "<client_secret>",
        "eyJhbGciOiJQUzI1NiJ9.eyJzdWIiOiJ4In0.SIGNATURE", "eyJhbGciOiJQUzI1NiJ9.eyJzdWIiOiJ4In0.", "<not a JWS>",
        "https://tpp.example/cb?code=SECRET&state=s", "https://tpp.example/cb?code=%3Ccode%3E&state=s", "https://tpp.example/cb",
    ];

    private static Gen<JsonNode?> Node(int depth)
    {
        var leaf = Gen.OneOf(
            Gen.Int[0, Texts.Length - 1].Select(i => Texts[i]).Select(t => (JsonNode?)JsonValue.Create(t)),
            Gen.Int[-5, 5].Select(i => (JsonNode?)JsonValue.Create(i)),
            Gen.Const((JsonNode?)null));
        if (depth == 0)
        {
            return leaf;
        }

        var inner = Node(depth - 1);
        var obj = Gen.Select(Gen.Int[0, Names.Length - 1].Select(i => Names[i]), inner).Array[0, 4]
            .Select(members => (JsonNode?)new JsonObject(members.DistinctBy(m => m.Item1.Replace("\\u0065", "e", StringComparison.Ordinal)).Select(m => KeyValuePair.Create(m.Item1, m.Item2))));
        var array = inner.Array[0, 3].Select(items => (JsonNode?)new JsonArray(items));
        return Gen.OneOf(leaf, obj, array);
    }

    // As the readers make them: parsed from text (names written with escapes too).
    private static Gen<string> Documents { get; } = Node(3).Select(n => (n?.ToJsonString() ?? "null").Replace("acc\\\\u0065ss_token", "acc\\u0065ss_token", StringComparison.Ordinal));

    [Test]
    public void A_body_has_secrets_exactly_when_scrubbing_changes_it()
    {
        PropertyRun.Check("has secrets = scrubbing changes it", Documents, text =>
        {
            var node = JsonNode.Parse(text);
            var changed = !JsonNode.DeepEquals(OpenBanking.Conformance.Fixtures.Secrets.Json(JsonNode.Parse(text)), node);
            Assert.That(OpenBanking.Conformance.Fixtures.Secrets.HasSecrets(node), Is.EqualTo(changed), text);
        }, text => text);
    }

    [Test]
    public void Reading_keeps_a_body_without_secrets_and_scrubs_one_with_them()
    {
        var clean = new RecordedBody.Json(JsonNode.Parse("""{"Data": {"Account": [{"AccountId": "1001", "Nickname": "code"}]}}"""));
        var secret = new RecordedBody.Json(JsonNode.Parse("""{"Data": {"access_token": "AT-SECRET"}}"""));
        var traffic = Recording(
            Exchange(new RecordedRequest("GET", new Uri("https://rs.bank.example/open-banking/v3.1/aisp/accounts"), [], RecordedBody.None),
                new RecordedResponse(200, [H("Content-Type", "application/json")], clean)),
            Exchange(new RecordedRequest("GET", new Uri("https://rs.bank.example/open-banking/v3.1/aisp/accounts"), [], RecordedBody.None),
                new RecordedResponse(200, [H("Content-Type", "application/json")], secret)));

        var scrubbed = TrafficSecrets.Scrub(traffic).Exchanges;

        Assert.Multiple(() =>
        {
            Assert.That(scrubbed[0].Response!.Body, Is.SameAs(clean), "kept, not copied");
            Assert.That(((RecordedBody.Json)scrubbed[1].Response!.Body).Value!["Data"]!["access_token"]!.GetValue<string>(), Is.EqualTo("<access_token>"));
            Assert.That(((RecordedBody.Json)secret).Value!["Data"]!["access_token"]!.GetValue<string>(), Is.EqualTo("AT-SECRET"), "the recording read is not changed");
        });
    }
}
