using System.Text.Json.Nodes;
using NUnit.Framework;
using OpenBanking.Conformance.Schemas;
using OpenBanking.Conformance.Specs;
using OpenBanking.Conformance.Tests.Support;

namespace OpenBanking.Conformance.Tests.Schemas;

/// <summary>A schema set is shared (one per document, for the process): many threads may judge bodies with it at once.</summary>
public class ConcurrentValidationTests
{
    [Test]
    public async Task Many_threads_judging_many_schemas_of_a_new_set_get_what_one_thread_gets()
    {
        // A new set, so that its schemas are built while other threads judge with it.
        var set = new SchemaSet("concurrent", Copy());
        var names = SpecBodies.All.Keys.ToList();
        var expected = names.ToDictionary(n => n, n => SpecDocuments.AccountInformation.Schemas.Validate(n, Broken(n), "$").Count);

        var results = await Task.WhenAll(Enumerable.Range(0, 64).Select(i => Task.Run(() =>
        {
            var name = names[i % names.Count];
            return (Name: name, Count: set.Validate(name, Broken(name), "$").Count);
        })));

        Assert.Multiple(() =>
        {
            Assert.That(results.Where(r => r.Count != expected[r.Name]), Is.Empty);
            Assert.That(expected.Values, Has.All.GreaterThan(0), "each body is broken once");
        });
    }

    private static JsonObject Broken(string name)
    {
        // Without its first member (Data, or an error's Code): required everywhere.
        var body = SpecBodies.Body(name).AsObject();
        body.Remove(body.First().Key);
        return body;
    }

    private static JsonObject Copy() =>
        OpenApiSchemas.ToJsonSchema(SpecDocuments.AccountInformation.OpenApi(), new Uri("https://openbanking-fx.invalid/tests/concurrent"));
}
