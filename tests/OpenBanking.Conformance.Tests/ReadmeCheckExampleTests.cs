using System.Text.Json.Nodes;
using NUnit.Framework;
using OpenBanking.Conformance.Rules;
using OpenBanking.Conformance.Specs;
using OpenBanking.Conformance.Tests.Support;
using OpenBanking.Conformance.Traffic;

namespace OpenBanking.Conformance.Tests;

/// <summary>The README's "from code" example for checking traffic and validating a body, as written there.</summary>
public class ReadmeCheckExampleTests
{
    [Test]
    public void The_readme_check_example_runs()
    {
        var file = Repository.PathOf("fixtures/spec-shaped/ais-consent-accounts-balances-transactions.json");
        var body = """{"Data": {"Balance": [{"AccountId": "22289", "CreditDebitIndicator": "Credit", "Type": "InterimAvailable", "DateTime": "2026-11-23T12:00:00+00:00", "Amount": {"Amount": "12.345678", "Currency": "GBP"}}]}, "Links": {"Self": "https://rs.bank.example/open-banking/v3.1/aisp/accounts/22289/balances"}, "Meta": {}}""";
        var lines = new List<string>();

        // --- README example (with file for "my-bank.har") ---
        var traffic = TrafficReader.Read(File.ReadAllText(file), "my-bank.har")
            .Match(Right: t => t, Left: e => throw new InvalidDataException(e.ToString()));
        foreach (var v in Checker.Check(traffic).Violations)
            lines.Add($"{v.Rule.Id} #{v.Exchange} {v.Path}: {v.Message}");

        var findings = SpecDocuments.AccountInformation.Schemas.Validate("OBReadBalance1", JsonNode.Parse(body), "$.response.body");
        // --- end ---

        Assert.Multiple(() =>
        {
            Assert.That(lines, Is.Empty, "the spec-shaped recording keeps every rule");
            Assert.That(findings.Select(f => $"{f.Path}: {f.Detail}"), Is.EqualTo(new[]
            {
                @"$.response.body.Data.Balance[0].Amount.Amount: '12.345678' is not an amount (1 to 13 digits, optionally a point and 1 to 5 decimals, no sign) (^\d{1,13}$|^\d{1,13}\.\d{1,5}$)",
            }));
        });
    }
}
