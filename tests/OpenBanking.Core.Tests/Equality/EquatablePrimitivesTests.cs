using System.Runtime.InteropServices;
using System.Text;
using NUnit.Framework;
using OpenBanking.Core.Authorization;
using OpenBanking.Core.Http;
using OpenBanking.Core.Jose;
using OpenBanking.TestSupport;

namespace OpenBanking.Core.Tests.Equality;

public class EquatablePrimitivesTests
{
    [Test]
    public void Responses_with_the_same_bytes_in_different_arrays_are_equal_and_the_body_is_not_copied()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"Data": {}}""");
        var response = new HttpResponseSpec(200, [KeyValuePair.Create("Content-Type", "application/json")], bytes);
        var same = new HttpResponseSpec(200, [KeyValuePair.Create("Content-Type", "application/json")], Encoding.UTF8.GetBytes("""{"Data": {}}"""));

        var wrapped = MemoryMarshal.TryGetArray(response.Body.Memory, out var segment) ? segment.Array : null;

        Assert.Multiple(() =>
        {
            Assert.That(same, Is.EqualTo(response));
            Assert.That(same.GetHashCode(), Is.EqualTo(response.GetHashCode()));
            Assert.That(response with { Body = Encoding.UTF8.GetBytes("""{"Data": []}""") }, Is.Not.EqualTo(response));
            Assert.That(wrapped, Is.SameAs(bytes));
            Assert.That(response.Body.ToString(), Is.EqualTo("[12 bytes]"));
        });
    }

    [Test]
    public void Request_specs_compare_headers_and_form_fields_by_content()
    {
        HttpRequestSpec Spec(string secret) => new("token request", HttpMethod.Post, new Uri("https://bank.example/token"),
            [KeyValuePair.Create("Accept", "application/json")], new RequestBody.Form([KeyValuePair.Create("client_secret", secret)]));

        var (spec, same, other) = (Spec("s1"), Spec("s1"), Spec("s2"));

        Assert.Multiple(() =>
        {
            Assert.That(same, Is.EqualTo(spec));
            Assert.That(same.GetHashCode(), Is.EqualTo(spec.GetHashCode()));
            Assert.That(other, Is.Not.EqualTo(spec));
            Assert.That(spec with { Operation = "another" }, Is.Not.EqualTo(spec));
        });
    }

    [Test]
    public void Dictionaries_with_the_same_entries_added_in_another_order_are_equal()
    {
        EquatableDictionary<string, string> aliases = new Dictionary<string, string> { ["token_endpoint"] = "https://mtls/token", ["userinfo_endpoint"] = "https://mtls/me" };
        var reordered = new[] { KeyValuePair.Create("userinfo_endpoint", "https://mtls/me"), KeyValuePair.Create("token_endpoint", "https://mtls/token") }.ToEquatableDictionary();

        var document = new DiscoveryDocument("https://bank", "https://bank/auth", "https://bank/token", "https://bank/jwks", MtlsEndpointAliases: aliases);

        Assert.Multiple(() =>
        {
            Assert.That(reordered, Is.EqualTo(aliases));
            Assert.That(reordered.GetHashCode(), Is.EqualTo(aliases.GetHashCode()));
            Assert.That(document with { MtlsEndpointAliases = reordered }, Is.EqualTo(document));
            Assert.That(document with { MtlsEndpointAliases = new Dictionary<string, string> { ["token_endpoint"] = "https://mtls/token" } }, Is.Not.EqualTo(document));
            Assert.That(aliases.ToString(), Is.EqualTo("[2 entries]"));
        });
    }

    [Test]
    public void A_discovery_document_reads_its_mtls_aliases_as_a_json_object()
    {
        var response = HttpResponseSpec.FromText(200, """
            {"issuer": "https://bank", "authorization_endpoint": "https://bank/auth", "token_endpoint": "https://bank/token",
             "jwks_uri": "https://bank/jwks", "mtls_endpoint_aliases": {"token_endpoint": "https://mtls/token"}}
            """, KeyValuePair.Create("Content-Type", "application/json"));

        var document = Discovery.ParseConfiguration(response, "https://bank").Right();

        Assert.That(document.MtlsEndpointAliases, Is.EqualTo(new Dictionary<string, string> { ["token_endpoint"] = "https://mtls/token" }.ToEquatableDictionary()));
    }

    [Test]
    public void Two_decodings_of_the_same_jws_are_equal_and_another_jws_is_not()
    {
        using var ec = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
        var key = SigningKey.FromECDsa(ec, "kid-1");
        var token = CompactJws.Sign(key, w => w.WriteString("jti", "j-1"));
        var another = CompactJws.Sign(key, w => w.WriteString("jti", "j-2"));

        var (first, second, third) = (CompactJws.Decode(token, "t").Right(), CompactJws.Decode(token, "t").Right(), CompactJws.Decode(another, "t").Right());

        Assert.Multiple(() =>
        {
            Assert.That(second, Is.EqualTo(first));
            Assert.That(second.GetHashCode(), Is.EqualTo(first.GetHashCode()));
            Assert.That(third, Is.Not.EqualTo(first));
            Assert.That(first.StringClaim("jti"), Is.EqualTo("j-1"));
        });
    }

    [Test]
    public void Key_sets_with_the_same_keys_are_equal()
    {
        var keys = (A: new JsonWebKey("EC", "k1", Crv: "P-256", X: "x", Y: "y"), B: new JsonWebKey("RSA", "k2", N: "n", E: "AQAB"));

        var (set, same, other) = (new JsonWebKeySet([keys.A, keys.B]), new JsonWebKeySet([keys.A with { }, keys.B with { }]), new JsonWebKeySet([keys.B, keys.A]));

        Assert.Multiple(() =>
        {
            Assert.That(same, Is.EqualTo(set));
            Assert.That(same.GetHashCode(), Is.EqualTo(set.GetHashCode()));
            Assert.That(other, Is.Not.EqualTo(set));
        });
    }
}
