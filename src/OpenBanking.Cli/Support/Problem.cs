using OpenBanking.Core.Errors;

namespace OpenBanking.Cli.Support;

/// <summary>A problem obx reports in one line and exits 2 for.</summary>
/// <param name="Message">The line.</param>
public sealed record Problem(string Message)
{
    /// <summary>The one-line report of an Open Banking error, with what to do about it where that is clear.</summary>
    public static Problem From(OpenBankingError error, string? step = null)
    {
        ArgumentNullException.ThrowIfNull(error);
        var hint = error switch
        {
            TransportError { Failure: TransportFailure.Connection or TransportFailure.NameResolution } =>
                " — is the bank's URL right, and is it running?",
            ProtocolError { Error: "access_denied" } => " — the PSU declined the consent; nothing was shared.",
            ApiError api when api.Has("UK.OBIE.Reauthenticate") => " — the PSU must authorise again: run obx login.",
            ApiError { Status: 401 } or HttpError { Status: 401 } => " — the bank no longer accepts the token: run obx login again.",
            _ => "",
        };
        return new Problem($"{(step is null ? "" : $"{step}: ")}{error}{hint}");
    }

    /// <summary>Writes the problem to <paramref name="error"/> and returns the exit code 2.</summary>
    public int Report(TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        // The message carries the bank's text (error bodies, status lines, ids): shown, never obeyed by the terminal.
        error.WriteLine($"obx: {TerminalText.Line(Message)}");
        return ExitCodes.Problem;
    }
}
