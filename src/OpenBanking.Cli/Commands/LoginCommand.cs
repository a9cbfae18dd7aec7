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
        if (!(await PsuRedirect.Listen(new Uri(bank.Config.RedirectUri))).TryRight(out var listening, out var busy))
        {
            return busy.Report(environment.Error);
        }

        var listener = listening.Case as RedirectListener;
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

        var redirect = await PsuRedirect.Await(environment, pending.ConsentId, pending.ConsentUrl, listener, new Uri(bank.Config.RedirectUri), noBrowser, "obx login", cancellation);
        Either<Problem, AuthorisationGrant> completed = redirect.TryRight(out var redirectOrCode, out var notBack)
            ? await Complete(bank, pending, redirectOrCode, cancellation)
            : notBack;
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

    private static async Task<Either<Problem, AuthorisationGrant>> Complete(BankSession bank, PendingAuthorisation<AccountAccessConsent> pending, string redirectOrCode, CancellationToken cancellation)
    {
        var grant = redirectOrCode.Contains("://", StringComparison.Ordinal)
            ? bank.Client.CompleteAccountAccess(pending, redirectOrCode, cancellation)
            : bank.Client.CompleteAccountAccessWithCode(pending, redirectOrCode, cancellation);
        return (await grant.ToEither()).MapLeft(error => bank.Problem(error, "completing the authorisation"));
    }
}
