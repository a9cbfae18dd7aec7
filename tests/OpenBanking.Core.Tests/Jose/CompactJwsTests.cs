using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using NUnit.Framework;
using OpenBanking.Core.Jose;
using OpenBanking.Core.Protocol;
using OpenBanking.Core.Tests.Support;
using OpenBanking.TestSupport;

namespace OpenBanking.Core.Tests.Jose;

/// <summary>
/// Signing reuses a claims buffer per thread and rents the signing input from a pool: every token must still carry
/// exactly its own claims — never a longer earlier token's tail, never a nested or failed signing's leftovers.
/// </summary>
public class CompactJwsTests
{
    private static SigningKey Rsa => SigningKey.FromRsa(TestKeys.TppRsa, JwsAlgorithms.PS256, "kid-rsa");

    private static SigningKey Ec => SigningKey.FromECDsa(TestKeys.TppEc, "kid-ec");

    private static string Payload(string token) => Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token.Split('.')[1]));

    private static string Header(string token) => Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token.Split('.')[0]));

    [Test]
    public void A_short_token_after_a_long_one_carries_only_its_own_claims()
    {
        var key = Ec;
        var long_ = CompactJws.Sign(key, w => w.WriteString("filler", new string('x', 3000)));

        var short_ = CompactJws.Sign(key, w => w.WriteString("sub", "s"));

        Assert.That(Payload(long_), Has.Length.GreaterThan(3000));
        Assert.That(Payload(short_), Is.EqualTo("""{"sub":"s"}"""));
        Jwt.Verified(short_, TestKeys.TppEc, JwsAlgorithms.ES256);
    }

    [TestCase(null, """{"alg":"PS256","kid":"kid-rsa"}""")]
    [TestCase("JWT", """{"alg":"PS256","kid":"kid-rsa","typ":"JWT"}""")]
    [TestCase("oauth-authz-req+jwt", """{"alg":"PS256","kid":"kid-rsa","typ":"oauth-authz-req+jwt"}""")]
    public void The_header_names_the_keys_algorithm_and_kid_and_the_type_asked_for(string? type, string header)
    {
        var key = Rsa;

        var tokens = new[] { CompactJws.Sign(key, w => w.WriteNumber("n", 1), type), CompactJws.Sign(key, w => w.WriteNumber("n", 2), type) };

        Assert.That(tokens.Select(Header), Is.All.EqualTo(header));
        Assert.That(tokens.Select(t => Jwt.Verified(t, TestKeys.TppRsa, JwsAlgorithms.PS256).GetPayloadValue<int>("n")), Is.EqualTo(new[] { 1, 2 }));
    }

    [Test]
    public void A_token_signed_while_writing_another_ones_claims_leaves_both_whole()
    {
        var key = Ec;

        var outer = CompactJws.Sign(key, w =>
        {
            w.WriteString("before", "b");
            w.WriteString("inner", CompactJws.Sign(key, i => i.WriteString("sub", "inner")));
            w.WriteString("after", "a");
        });

        var claims = JsonDocument.Parse(Payload(outer)).RootElement;
        Assert.That(claims.GetProperty("before").GetString(), Is.EqualTo("b"));
        Assert.That(claims.GetProperty("after").GetString(), Is.EqualTo("a"));
        Assert.That(Payload(claims.GetProperty("inner").GetString()!), Is.EqualTo("""{"sub":"inner"}"""));
        Jwt.Verified(outer, TestKeys.TppEc, JwsAlgorithms.ES256);
    }

    [Test]
    public void Claims_that_fail_half_written_do_not_reach_the_next_token()
    {
        var key = Ec;

        Assert.Throws<InvalidOperationException>(() => CompactJws.Sign(key, w =>
        {
            w.WriteString("half", "written");
            w.WriteStartObject("open");
            throw new InvalidOperationException("the caller's bug");
        }));
        var next = CompactJws.Sign(key, w => w.WriteString("sub", "next"));

        Assert.That(Payload(next), Is.EqualTo("""{"sub":"next"}"""));
    }

    [Test]
    public void Claims_bigger_than_the_kept_buffer_sign_and_small_ones_after_them_too()
    {
        var key = Rsa;

        var big = CompactJws.Sign(key, w => w.WriteString("filler", new string('y', 100_000)));
        var small = CompactJws.Sign(key, w => w.WriteString("sub", "small"));

        Assert.That(Jwt.Verified(big, TestKeys.TppRsa, JwsAlgorithms.PS256).GetPayloadValue<string>("filler"), Has.Length.EqualTo(100_000));
        Assert.That(Payload(small), Is.EqualTo("""{"sub":"small"}"""));
    }

    [Test]
    public async Task Tokens_signed_on_many_threads_at_once_each_carry_their_own_claims()
    {
        var key = Ec;

        var tokens = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() =>
            (i, CompactJws.Sign(key, i, static (w, n) => w.WriteString("sub", new string('z', n % 37) + n))))));

        Assert.That(tokens.Select(t => Payload(t.Item2)), Is.EqualTo(tokens.Select(t => $$"""{"sub":"{{new string('z', t.i % 37) + t.i}}"}""")));
        Assert.That(tokens.Select(t => Jwt.Verified(t.Item2, TestKeys.TppEc, JwsAlgorithms.ES256).GetPayloadValue<string>("sub")), Has.All.Not.Empty);
    }

    [Test]
    public void The_key_alone_signs_data_its_public_half_verifies()
    {
        var data = "eyJhbGciOiJQUzI1NiJ9.eyJzdWIiOiJzIn0"u8.ToArray();

        var rsa = Rsa.Sign(data);
        var ec = Ec.Sign(data);

        Assert.That(rsa, Has.Length.EqualTo(256));
        Assert.That(ec, Has.Length.EqualTo(64));
        Assert.That(TestKeys.TppRsa.VerifyData(data, rsa, System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pss), Is.True);
        Assert.That(TestKeys.TppEc.VerifyData(data, ec, System.Security.Cryptography.HashAlgorithmName.SHA256), Is.True);
    }
}
