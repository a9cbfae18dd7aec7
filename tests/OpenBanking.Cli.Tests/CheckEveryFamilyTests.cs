using System.Text.Json.Nodes;
using NUnit.Framework;
using OpenBanking.Cli.Support;
using OpenBanking.Cli.Tests.Support;

namespace OpenBanking.Cli.Tests;

/// <summary>
/// obx check judges payment, VRP and funds-confirmation traffic with no rule written for those families: the request and
/// response schemas come from the OpenAPI documents the checker ships. A HAR as a browser exports it.
/// </summary>
public class CheckEveryFamilyTests
{
    private const string Pisp = "https://rs.bank.example/open-banking/v3.1/pisp";
    private const string Cbpii = "https://rs.bank.example/open-banking/v3.1/cbpii";

    private string _folder = null!;

    [SetUp]
    public void Folder() => _folder = Directory.CreateTempSubdirectory("obx-check-families-").FullName;

    [TearDown]
    public void Clean() => Directory.Delete(_folder, recursive: true);

    private static JsonObject Entry(string url, string requestBody, int status, string responseBody) => new()
    {
        ["startedDateTime"] = "2026-11-23T12:00:00.000Z",
        ["time"] = 30,
        ["request"] = new JsonObject
        {
            ["method"] = "POST",
            ["url"] = url,
            ["httpVersion"] = "h2",
            ["headers"] = new JsonArray(new JsonObject { ["name"] = "content-type", ["value"] = "application/json" }),
            ["postData"] = new JsonObject { ["mimeType"] = "application/json", ["text"] = requestBody },
        },
        ["response"] = new JsonObject
        {
            ["status"] = status,
            ["headers"] = new JsonArray(new JsonObject { ["name"] = "content-type", ["value"] = "application/json" }),
            ["content"] = new JsonObject { ["size"] = responseBody.Length, ["mimeType"] = "application/json", ["text"] = responseBody },
        },
    };

    [Test]
    public async Task Payment_VRP_and_funds_confirmation_bodies_are_judged_by_the_shipped_schemas()
    {
        const string Error = """{"Code": "400 BadRequest", "Message": "invalid", "Errors": [{"ErrorCode": "UK.OBIE.Field.Invalid", "Message": "invalid"}]}""";
        var entries = new JsonArray(
            Entry($"{Pisp}/domestic-payment-consents",
                """{"Data": {"Initiation": {"InstructionIdentification": "ACME412", "EndToEndIdentification": "FRESCO.21302.GFX.20", "InstructedAmount": {"Amount": "165.880001", "Currency": "GBP"}, "CreditorAccount": {"SchemeName": "UK.OBIE.SortCodeAccountNumber", "Identification": "08080021325698", "Name": "ACME Inc"}}}, "Risk": {}}""",
                400, Error),
            Entry($"{Pisp}/domestic-vrp-consents",
                """{"Data": {"Initiation": {"CreditorAccount": {"SchemeName": "UK.OBIE.SortCodeAccountNumber", "Identification": "30949330000010", "Name": "Marcus Sweepimus"}}}, "Risk": {}}""",
                400, """{"Code": "400 BadRequest", "Message": "invalid", "Errors": [{"ErrorCode": "UK.OBIE.Rules.Invented", "Message": "invalid"}]}"""),
            Entry($"{Cbpii}/funds-confirmations",
                """{"Data": {"ConsentId": "88379", "Reference": "Purchase01", "InstructedAmount": {"Amount": "20.00", "Currency": "USD"}}}""",
                201, """{"Data": {"FundsConfirmationId": "836403", "ConsentId": "88379", "CreationDateTime": "2026-11-23T12:00:00+00:00", "Reference": "Purchase01", "InstructedAmount": {"Amount": "20.00", "Currency": "USD"}}, "Links": {"Self": "https://rs.bank.example/open-banking/v3.1/cbpii/funds-confirmations/836403"}, "Meta": {}}"""));
        var har = new JsonObject { ["log"] = new JsonObject { ["version"] = "1.2", ["creator"] = new JsonObject { ["name"] = "WebInspector" }, ["entries"] = entries } };
        File.WriteAllText(Path.Combine(_folder, "payments.har"), har.ToJsonString());
        var terminal = new TestTerminal(_folder);

        var exit = await terminal.Run("check", "--rules", "TPP-SCH-001,ASPSP-SCH-001,ASPSP-ERR-001", "payments.har");

        var output = terminal.Output.ToString();
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.RuleFailed), terminal.Error.ToString());
            Assert.That(output, Does.Contain($"#1 POST {Pisp}/domestic-payment-consents\n  ERROR TPP-SCH-001 $.request.body.Data.Initiation.InstructedAmount.Amount: '165.880001' is not an amount"));
            Assert.That(output, Does.Contain($"#2 POST {Pisp}/domestic-vrp-consents\n"));
            Assert.That(output, Does.Contain("  ERROR TPP-SCH-001 $.request.body.Data.ControlParameters: ControlParameters is required and missing."));
            Assert.That(output, Does.Contain("ERROR ASPSP-ERR-001 $.response.body.Errors[0].ErrorCode: 'UK.OBIE.Rules.Invented' is not a value the spec defines in the UK.OBIE namespace"),
                "the VRP document's own error codes");
            Assert.That(output, Does.Contain($"#3 POST {Cbpii}/funds-confirmations\n  ERROR ASPSP-SCH-001 $.response.body.Data.FundsAvailable: FundsAvailable is required and missing."));
            Assert.That(output, Does.Contain("payments.har: 3 exchanges, 4 errors, 0 warnings, rules run 3"));
        });
    }
}
