using System.Text;
using NUnit.Framework;
using OpenBanking.Cli.Commands;
using OpenBanking.Cli.Support;
using OpenBanking.Cli.Tests.Support;

namespace OpenBanking.Cli.Tests;

/// <summary>What obx exits with when a command fails in a way nobody planned for: a bug is not a failed check.</summary>
public class ExitCodeTests
{
    [Test]
    public void A_bug_a_problem_a_failed_rule_and_ctrl_c_each_have_their_own_exit_code()
    {
        int[] codes = [ExitCodes.Success, ExitCodes.RuleFailed, ExitCodes.Problem, ExitCodes.Unexpected, ExitCodes.Cancelled];

        Assert.Multiple(() =>
        {
            Assert.That(codes, Is.Unique);
            Assert.That(ExitCodes.Unexpected, Is.EqualTo(70), "sysexits EX_SOFTWARE");
            Assert.That(ExitCodes.RuleFailed, Is.EqualTo(1), "obx check fails a CI job with 1 when an error-severity rule fails");
        });
    }

    [Test]
    public async Task An_exception_a_command_did_not_expect_is_one_line_and_exit_code_70()
    {
        var terminal = new TestTerminal(Path.GetTempPath());
        var environment = terminal.Environment with { Output = new ThrowingWriter(new InvalidOperationException("the pipe broke\nat the far end")) };

        var exit = await ObxCommand.Run(["check", "--list-rules", "--format", "json"], environment);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.Unexpected));
            Assert.That(terminal.Error.ToString(), Is.EqualTo("obx: unexpected error (InvalidOperationException): the pipe broke at the far end; this is a bug, please report it\n"));
        });
    }

    [Test]
    public async Task A_cancellation_that_escapes_a_command_is_still_exit_code_130()
    {
        var terminal = new TestTerminal(Path.GetTempPath());
        var environment = terminal.Environment with { Output = new ThrowingWriter(new OperationCanceledException()) };

        var exit = await ObxCommand.Run(["check", "--list-rules", "--format", "json"], environment);

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.Cancelled));
            Assert.That(terminal.Error.ToString(), Does.Not.Contain("unexpected"));
        });
    }

    /// <summary>Standard output that fails as a closed pipe or a full disk would, with <paramref name="failure"/>.</summary>
    private sealed class ThrowingWriter(Exception failure) : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw failure;

        public override void Write(string? value) => throw failure;
    }
}
