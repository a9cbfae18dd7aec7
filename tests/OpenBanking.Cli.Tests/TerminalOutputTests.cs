using System.Text;
using Microsoft.AspNetCore.Http;
using NUnit.Framework;
using OpenBanking.Cli.Support;
using OpenBanking.Cli.Tests.Support;

namespace OpenBanking.Cli.Tests;

/// <summary>
/// What a bank sends reaches the terminal only as text to read: its control characters shown, never acted on (no
/// cleared screen, no window title, no reordered text), and a long field cut to the table's width.
/// </summary>
[NonParallelizable]
public class TerminalOutputTests
{
    private const long Mebibyte = 1024 * 1024;
    private const string Hostile = "Bills\u001b[2J\u001b]0;pwned\u0007\r\nx\u009b31m\u202Egnp.exe\u2066";

    private FaultBank _bank = null!;

    [OneTimeSetUp]
    public async Task Start() => _bank = await FaultBank.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _bank.DisposeAsync();

    [Test]
    public async Task A_nickname_with_escape_sequences_and_bidi_controls_is_shown_visibly_in_the_accounts_table()
    {
        Answer(AccountsJson(("22289", Hostile)));

        var run = await ObxRun.Of(_bank.Folder, "accounts", "--config", Config());

        Assert.That(run.Exit, Is.EqualTo(ExitCodes.Success), run.Error);
        Assert.That(ObxRun.Unsafe(run.Screen), Is.Empty);
        Assert.That(run.Screen, Does.Contain(@"Bills\e[2J\e]0;pwned\a\r\nx\u009b31m\u202egnp.exe\u2066"));
    }

    [Test]
    public async Task A_nickname_with_control_characters_is_escaped_by_the_json_output()
    {
        Answer(AccountsJson(("22289", Hostile)));

        var run = await ObxRun.Of(_bank.Folder, "accounts", "--config", Config(), "--json");

        Assert.That(run.Exit, Is.EqualTo(ExitCodes.Success), run.Error);
        Assert.That(ObxRun.Unsafe(run.Output), Is.Empty);
        Assert.That(System.Text.Json.JsonDocument.Parse(run.Output).RootElement[0].GetProperty("Nickname").GetString(), Is.EqualTo(Hostile));
    }

    [Test]
    public async Task An_error_message_with_escape_sequences_is_one_line_with_them_shown_visibly()
    {
        _bank.Answer = async context =>
        {
            context.Response.StatusCode = 400;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"Code":"400\u001b[2J","Message":"bad\r\nobx: all fine\u202E","Errors":[{"ErrorCode":"UK.OBIE.Field.Invalid","Message":"[red]x[/]\u0007"}]}""");
        };

        var run = await ObxRun.Of(_bank.Folder, "accounts", "--config", Config());

        run.FailedWithOneCleanLine(TimeSpan.FromSeconds(10), 64 * Mebibyte);
        Assert.That(run.Line, Does.Contain(@"400\e[2J").And.Contain(@"bad\r\nobx: all fine\u202e").And.Contain(@"[red]x[/]\a"));
    }

    [Test]
    public void A_problem_is_written_as_one_line_whatever_its_message_holds()
    {
        using var error = new StringWriter();

        var exit = new Problem("bank said \u001b[2J\r\nobx: done\u0085\u202E").Report(error);

        Assert.That(exit, Is.EqualTo(ExitCodes.Problem));
        Assert.That(error.ToString(), Is.EqualTo("obx: bank said \\e[2J\\r\\nobx: done\\u0085\\u202e" + Environment.NewLine));
    }

    [Test]
    public async Task A_megabyte_nickname_is_cut_to_the_cell_width_with_an_ellipsis_in_bounded_time_and_memory()
    {
        Answer(AccountsJson(("22289", new string('n', 1024 * 1024)), ("31820", "Savings")));

        var run = await ObxRun.Of(_bank.Folder, "accounts", "--config", Config());

        Assert.That(run.Exit, Is.EqualTo(ExitCodes.Success), run.Error);
        Assert.That(run.Screen, Does.Contain(new string('n', Tables.MaxCellWidth - 1) + "…").And.Contain("Savings"));
        Assert.That(run.Screen, Has.Length.LessThan(4000));
        Assert.That(run.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
        Assert.That(run.AllocatedBytes, Is.LessThan(64 * Mebibyte));
    }

    [Test]
    public async Task Thousands_of_accounts_are_written_as_they_come_in_tables_of_bounded_rows()
    {
        var accounts = Enumerable.Range(1, 5000).Select(i => ($"acc-{i:D5}", $"Account number {i}")).ToArray();
        Answer(AccountsJson(accounts));

        var run = await ObxRun.Of(_bank.Folder, "accounts", "--config", Config());

        Assert.That(run.Exit, Is.EqualTo(ExitCodes.Success), run.Error);
        Assert.That(run.Screen, Does.Contain("acc-00001").And.Contain("acc-05000"));
        Assert.That(run.Screen.Split('\n').Count(l => l.Contains("AccountId", StringComparison.Ordinal)), Is.EqualTo(5000 / Tables.RowsPerTable),
            "one header per table of RowsPerTable rows");
        Assert.That(run.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
    }

    private void Answer(string json) => _bank.Answer = async context =>
    {
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(json);
    };

    private string Config() => _bank.WriteConfig(_bank.Kestrel, TimeSpan.FromSeconds(10), DateTimeOffset.UtcNow);

    private static string AccountsJson(params (string Id, string Nickname)[] accounts)
    {
        var json = new StringBuilder("""{"Data":{"Account":[""");
        for (var i = 0; i < accounts.Length; i++)
        {
            json.Append(i == 0 ? "" : ",").Append(System.Text.Json.JsonSerializer.Serialize(new
            {
                AccountId = accounts[i].Id,
                Currency = "GBP",
                AccountType = "Personal",
                AccountSubType = "CurrentAccount",
                Nickname = accounts[i].Nickname,
            }));
        }

        return json.Append("""]},"Links":{"Self":"https://bank.example/accounts"},"Meta":{"TotalPages":1}}""").ToString();
    }
}
