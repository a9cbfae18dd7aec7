using System.Text.Json;
using NUnit.Framework;
using OpenBanking.Core.Accounts;
using OpenBanking.Core.Configuration;
using OpenBanking.Core.Consents;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Tests.Equality;

public class EquatableListTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [Test]
    public void Two_lists_with_the_same_items_in_order_are_equal_with_the_same_hash()
    {
        EquatableList<string> first = ["ReadBalances", "ReadAccountsDetail"];
        EquatableList<string> second = new List<string> { "ReadBalances", "ReadAccountsDetail" };

        var equal = first == second;

        Assert.Multiple(() =>
        {
            Assert.That(equal, Is.True);
            Assert.That(first.GetHashCode(), Is.EqualTo(second.GetHashCode()));
            Assert.That(first, Is.Not.EqualTo((EquatableList<string>)["ReadAccountsDetail", "ReadBalances"]));
        });
    }

    [Test]
    public void Records_with_equal_list_contents_are_equal_and_a_changed_item_is_not()
    {
        var consent = new AccountAccessConsent("c-1", ConsentStatus.Authorised, Now, Now, ["ReadBalances", "ReadAccountsDetail"], null, null, null);
        var same = new AccountAccessConsent("c-1", ConsentStatus.Authorised, Now, Now, [.. new List<string> { "ReadBalances", "ReadAccountsDetail" }], null, null, null);

        var changed = consent with { Permissions = ["ReadBalances", "ReadAccountsBasic"] };

        Assert.Multiple(() =>
        {
            Assert.That(same, Is.EqualTo(consent));
            Assert.That(same.GetHashCode(), Is.EqualTo(consent.GetHashCode()));
            Assert.That(changed, Is.Not.EqualTo(consent));
        });
    }

    [Test]
    public void Nested_lists_compare_by_content_through_the_records_holding_them()
    {
        var error = new ApiError(400, "GET accounts", "400 Bad Request", null, "bad", [new ApiErrorDetail("UK.OBIE.Field.Invalid", "bad field", "Data.X")], "iid");
        var same = error with { Errors = [new ApiErrorDetail("UK.OBIE.Field.Invalid", "bad field", "Data.X")] };

        var changed = error with { Errors = [new ApiErrorDetail("UK.OBIE.Field.Missing", "bad field", "Data.X")] };

        Assert.Multiple(() =>
        {
            Assert.That(same, Is.EqualTo(error));
            Assert.That(changed, Is.Not.EqualTo(error));
        });
    }

    [Test]
    public void Api_config_equality_covers_every_field_including_permissions_and_secrets()
    {
        var config = new ApiConfig { ClientId = "c", ClientSecret = "s1", Permissions = ["ReadBalances"] };

        var copies = (Same: config with { Permissions = ["ReadBalances"] }, OtherPermission: config with { Permissions = ["ReadAccountsBasic"] },
            OtherSecret: config with { ClientSecret = "s2" });

        Assert.Multiple(() =>
        {
            Assert.That(copies.Same, Is.EqualTo(config));
            Assert.That(copies.OtherPermission, Is.Not.EqualTo(config));
            Assert.That(copies.OtherSecret, Is.Not.EqualTo(config));
            Assert.That(config.ToString(), Does.Not.Contain("s1"));
        });
    }

    [Test]
    public void A_list_is_written_and_read_as_a_plain_json_array_with_reflection()
    {
        var address = new PostalAddress(TownName: "Leeds", AddressLine: ["1 Main St", "Flat 2"]);

        var json = JsonSerializer.Serialize(address);
        var read = JsonSerializer.Deserialize<PostalAddress>(json);

        Assert.Multiple(() =>
        {
            Assert.That(json, Does.Contain("\"AddressLine\":[\"1 Main St\",\"Flat 2\"]"));
            Assert.That(read, Is.EqualTo(address));
        });
    }

    [Test]
    public void A_list_is_read_as_a_json_array_through_the_generated_context_and_an_error_names_the_item()
    {
        var good = """{"Data": {"Account": [{"AccountId": "a1", "Account": [{"SchemeName": "UK.OBIE.SortCodeAccountNumber", "Identification": "80200110203345"}]}]}}""";
        var bad = """{"Data": {"Account": [{"AccountId": "a1"}, {"AccountId": 7}]}}""";

        var read = (JsonSerializer.Deserialize(good, ObJson.Resolve(ObJsonContext.Default.ReadDocumentAccountsData))!,
            Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(bad, ObJson.Resolve(ObJsonContext.Default.ReadDocumentAccountsData))));

        Assert.Multiple(() =>
        {
            Assert.That(read.Item1.Data.Account![0].Identifications![0].Identification, Is.EqualTo("80200110203345"));
            Assert.That(JsonSerializer.Serialize(read.Item1.Data.Account, ObJson.Resolve(ObJsonContext.Default.EquatableListAccount)), Does.StartWith("[{"));
            Assert.That(read.Item2!.Path, Is.EqualTo("$.Data.Account[1].AccountId"));
        });
    }

    [Test]
    public void Raw_json_from_two_reads_of_the_same_text_is_equal()
    {
        using var first = JsonDocument.Parse("""{"bank": {"field": 1}}""");
        using var second = JsonDocument.Parse("""{"bank": {"field": 1}}""");
        using var other = JsonDocument.Parse("""{"bank": {"field": 2}}""");

        var orders = (A: new StandingOrder("a1", "EvryDay", SupplementaryData: new RawJson(first.RootElement)),
            B: new StandingOrder("a1", "EvryDay", SupplementaryData: new RawJson(second.RootElement)),
            C: new StandingOrder("a1", "EvryDay", SupplementaryData: new RawJson(other.RootElement)));

        Assert.Multiple(() =>
        {
            Assert.That(orders.B, Is.EqualTo(orders.A));
            Assert.That(orders.C, Is.Not.EqualTo(orders.A));
            Assert.That(JsonSerializer.Serialize(orders.A), Does.Contain("\"SupplementaryData\":{\"bank\":{\"field\":1}}"));
        });
    }
}
