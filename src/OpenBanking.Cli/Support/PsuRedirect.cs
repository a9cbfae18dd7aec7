using LanguageExt;
using OpenBanking.Core.Authorization;
using Spectre.Console;

namespace OpenBanking.Cli.Support;

/// <summary>
/// The PSU's part at a real bank, for any consent (<c>obx login</c>, <c>obx pay</c>): the consent URL printed (and opened
/// in a browser when there is one), then the redirect back — caught on a loopback redirect URI by listening, otherwise
/// pasted, as the whole URL or the bare code.
/// </summary>
public static class PsuRedirect
{
    /// <summary>How long obx waits for the PSU.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(10);

    /// <summary>
    /// A listener on <paramref name="redirectUri"/> when it is a loopback URI obx can listen on, null when the redirect is
    /// to be pasted, or the problem (a port in use). Call it before the consent is made, so a busy port costs nothing at the bank.
    /// </summary>
    public static async Task<Either<Problem, Option<RedirectListener>>> Listen(Uri redirectUri)
    {
        ArgumentNullException.ThrowIfNull(redirectUri);
        if (!RedirectListener.CanListen(redirectUri))
        {
            return Option<RedirectListener>.None;
        }

        try
        {
            return Option<RedirectListener>.Some(await RedirectListener.StartAsync(redirectUri));
        }
        catch (IOException e)
        {
            return new Problem($"cannot listen on {redirectUri.GetLeftPart(UriPartial.Authority)} for the redirect: {e.Message}");
        }
    }

    /// <summary>
    /// Sends the PSU to <paramref name="url"/> and returns what came back: the redirect URL (from the listener or pasted) or
    /// a bare code (pasted). <paramref name="command"/> is what to run again when nothing comes back (e.g. <c>obx login</c>).
    /// </summary>
    public static async Task<Either<Problem, string>> Await(
        ObxEnvironment environment, string consentId, ConsentUrl url, RedirectListener? listener, Uri redirectUri, bool noBrowser, string command,
        CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(url);
        environment.Console.MarkupLine($"Consent [bold]{TerminalText.Markup(consentId)}[/] created. Authorise it at the bank:");
        // Raw, not through the console's renderer: a URL wrapped at the terminal's width cannot be copied whole.
        environment.Console.Profile.Out.Writer.WriteLine(TerminalText.Line(url.Url.AbsoluteUri));
        if (!noBrowser && environment.OpenBrowser(url.Url))
        {
            environment.Console.MarkupLine("[grey](opened in your browser)[/]");
        }

        return listener is not null
            ? await ByListening(environment, listener, redirectUri, command, cancellation)
            : await ByPasting(environment, command, cancellation);
    }

    private static async Task<Either<Problem, string>> ByListening(
        ObxEnvironment environment, RedirectListener listener, Uri redirectUri, string command, CancellationToken cancellation)
    {
        environment.Console.MarkupLine($"Waiting for the bank to redirect to {TerminalText.Markup(redirectUri.AbsoluteUri)} …");
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        patience.CancelAfter(Patience);
        try
        {
            return await listener.Redirect(patience.Token);
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return new Problem($"no redirect within {Patience.TotalMinutes} minutes; run {command} again");
        }
    }

    private static async Task<Either<Problem, string>> ByPasting(ObxEnvironment environment, string command, CancellationToken cancellation)
    {
        environment.Console.WriteLine("Paste the URL the bank redirected you to (or just the code) and press Enter:");
        // Console.In cannot be cancelled mid-read: wait for the line or for Ctrl+C, whichever comes first.
        var reading = environment.Input.ReadLineAsync(CancellationToken.None).AsTask();
        await Task.WhenAny(reading, Task.Delay(Timeout.Infinite, cancellation));
        cancellation.ThrowIfCancellationRequested();
        var line = (await reading)?.Trim();
        return string.IsNullOrEmpty(line) ? new Problem($"nothing was pasted; run {command} again") : line;
    }
}
