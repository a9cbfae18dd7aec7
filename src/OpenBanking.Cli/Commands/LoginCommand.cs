using OpenBanking.Core.Consents;
using System.CommandLine;
using LanguageExt;
using OpenBanking.Cli.Support;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Flows;
using Spectre.Console;

namespace OpenBanking.Cli.Commands;

/// <summary>
/// <c>obx login</c>: creates an account access consent, sends the PSU to the bank, takes the redirect back — on a
/// loopback redirect URI by listening, otherwise from a pasted URL or bare code — checks state and id_token, and
/// stores the tokens in a file only the owner can read.
/// </summary>
public static class LoginCommand
{
    /// <summary>How long obx waits for the PSU.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(10);

    /// <summary>The command.</summary>
    public static Command Create(ObxEnvironment environment)
    {
        var config = BankOptions.Config();
        var tokens = BankOptions.Tokens();
        var noBrowser = new System.CommandLine.Option<bool>("--no-browser") { Description = "Print the consent URL without opening a browser" };
        var command = new Command("login", "Authorise a consent at the bank and store its tokens") { config, tokens, noBrowser };
        command.SetAction((parse, cancellation) => Run(environment, parse.GetValue(config)!, parse.GetValue(tokens), parse.GetValue(noBrowser), cancellation));
        return command;
    }

    private static async Task<int> Run(ObxEnvironment environment, string configPath, string? tokensPath, bool noBrowser, CancellationToken cancellation)
    {
        if (!BankSession.Open(environment, configPath, tokensPath).TryRight(out var opened, out var problem))
        {
            return problem.Report(environment.Error);
        }

        using var bank = opened;
        // A token file that cannot be written is found now, not after the PSU has authorised.
        var writable = StoredTokens.CheckWritable(bank.TokensPath);
        if (writable.IsLeft)
        {
            return writable.Match(Right: _ => 0, Left: p => p.Report(environment.Error));
        }

        // Listen before the consent exists, so a port already in use costs nothing at the bank.
        var redirectUri = new Uri(bank.Config.RedirectUri);
        RedirectListener? listener = null;
        if (RedirectListener.CanListen(redirectUri))
        {
            try
            {
                listener = await RedirectListener.StartAsync(redirectUri);
            }
            catch (IOException e)
            {
                return new Problem($"cannot listen on {redirectUri.GetLeftPart(UriPartial.Authority)} for the redirect: {e.Message}").Report(environment.Error);
            }
        }

        await using var _ = listener;
        try
        {
            return await Authorise(environment, bank, listener, noBrowser, cancellation);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            environment.Error.WriteLine("obx: cancelled; the consent stays AwaitingAuthorisation at the bank until it expires");
            return ExitCodes.Cancelled;
        }
    }

    private static async Task<int> Authorise(ObxEnvironment environment, BankSession bank, RedirectListener? listener, bool noBrowser, CancellationToken cancellation)
    {
        var begun = await bank.Client.BeginAccountAccess(cancellationToken: cancellation).ToEither();
        if (!begun.TryRight(out var pending, out var error))
        {
            return bank.Problem(error, "creating the consent").Report(environment.Error);
        }

        environment.Console.MarkupLine($"Consent [bold]{TerminalText.Markup(pending.ConsentId)}[/] created. Authorise it at the bank:");
        // Raw, not through the console's renderer: a URL wrapped at the terminal's width cannot be copied whole.
        environment.Console.Profile.Out.Writer.WriteLine(TerminalText.Line(pending.ConsentUrl.Url.AbsoluteUri));
        if (!noBrowser && environment.OpenBrowser(pending.ConsentUrl.Url))
        {
            environment.Console.MarkupLine("[grey](opened in your browser)[/]");
        }

        var completed = listener is not null
            ? await ByListening(environment, bank, pending, listener, new Uri(bank.Config.RedirectUri), cancellation)
            : await ByPasting(environment, bank, pending, cancellation);
        return completed
            .Bind(grant => new StoredTokens(grant.ConsentId, grant.AccessToken, grant.Tokens.RefreshToken, grant.Tokens.ExpiresAt).Save(bank.TokensPath).Map(_ => grant))
            .Match(
                Right: grant =>
                {
                    environment.Console.MarkupLine($"[green]Authorised.[/] Tokens for consent {TerminalText.Markup(grant.ConsentId)} stored in {TerminalText.Markup(bank.TokensPath)} (readable by you only).");
                    return ExitCodes.Success;
                },
                Left: problem => problem.Report(environment.Error));
    }

    private static async Task<Either<Problem, AuthorisationGrant>> ByListening(
        ObxEnvironment environment, BankSession bank, PendingAuthorisation<AccountAccessConsent> pending, RedirectListener listener, Uri redirectUri, CancellationToken cancellation)
    {
        environment.Console.MarkupLine($"Waiting for the bank to redirect to {TerminalText.Markup(redirectUri.AbsoluteUri)} …");
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        patience.CancelAfter(Patience);
        string redirect;
        try
        {
            redirect = await listener.Redirect(patience.Token);
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return new Problem($"no redirect within {Patience.TotalMinutes} minutes; run obx login again");
        }

        return await Complete(bank, pending, redirect, cancellation);
    }

    private static async Task<Either<Problem, AuthorisationGrant>> ByPasting(
        ObxEnvironment environment, BankSession bank, PendingAuthorisation<AccountAccessConsent> pending, CancellationToken cancellation)
    {
        environment.Console.WriteLine("Paste the URL the bank redirected you to (or just the code) and press Enter:");
        // Console.In cannot be cancelled mid-read: wait for the line or for Ctrl+C, whichever comes first.
        var reading = environment.Input.ReadLineAsync(CancellationToken.None).AsTask();
        await Task.WhenAny(reading, Task.Delay(Timeout.Infinite, cancellation));
        cancellation.ThrowIfCancellationRequested();
        var line = (await reading)?.Trim();
        return string.IsNullOrEmpty(line)
            ? new Problem("nothing was pasted; run obx login again")
            : await Complete(bank, pending, line, cancellation);
    }

    private static async Task<Either<Problem, AuthorisationGrant>> Complete(BankSession bank, PendingAuthorisation<AccountAccessConsent> pending, string redirectOrCode, CancellationToken cancellation)
    {
        var grant = redirectOrCode.Contains("://", StringComparison.Ordinal)
            ? bank.Client.CompleteAccountAccess(pending, redirectOrCode, cancellation)
            : bank.Client.CompleteAccountAccessWithCode(pending, redirectOrCode, cancellation);
        return (await grant.ToEither()).MapLeft(error => bank.Problem(error, "completing the authorisation"));
    }
}
