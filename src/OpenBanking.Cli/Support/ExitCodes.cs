namespace OpenBanking.Cli.Support;

/// <summary>obx's exit codes.</summary>
public static class ExitCodes
{
    /// <summary>It worked.</summary>
    public const int Success = 0;

    /// <summary>
    /// Something obx did not expect (a bug): one line naming the exception was printed. 70 is sysexits' EX_SOFTWARE,
    /// apart from <see cref="RuleFailed"/> so that a CI job can tell a crash from a failed check.
    /// </summary>
    public const int Unexpected = 70;

    /// <summary><c>obx check</c>: the recordings broke an error-severity rule (the report says which).</summary>
    public const int RuleFailed = 1;

    /// <summary>A problem the user can fix, told in one line: config, certificates, the bank's answer, the PSU's refusal.</summary>
    public const int Problem = 2;

    /// <summary>The user pressed Ctrl+C (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;
}
