using System.CommandLine;
using OpenBanking.Cli.Support;
using Spectre.Console;

namespace OpenBanking.Cli.Commands;

/// <summary><c>obx consent show | revoke</c>: the stored consent's status, or its end.</summary>
public static class ConsentCommand
{
    /// <summary>The command with its two subcommands.</summary>
    public static Command Create(ObxEnvironment environment)
    {
        var command = new Command("consent", "Show or revoke the stored consent");
        command.Subcommands.Add(Sub(environment, "show", "Show the consent's status, permissions and dates", revoke: false));
        command.Subcommands.Add(Sub(environment, "revoke", "Delete the consent at the bank (its tokens stop working)", revoke: true));
        return command;
    }

    private static Command Sub(ObxEnvironment environment, string name, string description, bool revoke)
    {
        var config = BankOptions.Config();
        var tokens = BankOptions.Tokens();
        var command = new Command(name, description) { config, tokens };
        command.SetAction(async (parse, cancellation) =>
        {
            if (!BankSession.Open(environment, parse.GetValue(config)!, parse.GetValue(tokens)).TryRight(out var opened, out var problem))
            {
                return problem.Report(environment.Error);
            }

            using var session = opened;
            var stored = StoredTokens.Load(session.TokensPath);
            if (stored.IsLeft)
            {
                return stored.Match(Right: _ => 0, Left: p => p.Report(environment.Error));
            }

            var consentId = stored.Match(Right: t => t.ConsentId, Left: _ => "");
            var client = session.Client;
            if (revoke)
            {
                var revoked = await (from token in client.ClientCredentialsToken(cancellationToken: cancellation)
                                     from deleted in client.DeleteConsent(token.AccessToken, consentId, cancellation)
                                     select deleted).ToEither();
                return revoked.Match(
                    Right: _ =>
                    {
                        File.Delete(session.TokensPath);
                        environment.Console.MarkupLine($"Consent {TerminalText.Markup(consentId)} revoked; {TerminalText.Markup(session.TokensPath)} deleted.");
                        return ExitCodes.Success;
                    },
                    Left: e => session.Problem(e, "revoking the consent").Report(environment.Error));
            }

            var shown = await (from token in client.ClientCredentialsToken(cancellationToken: cancellation)
                               from consent in client.GetConsent(token.AccessToken, consentId, cancellation)
                               select consent).ToEither();
            return shown.Match(
                Right: consent =>
                {
                    var grid = new Grid().AddColumns(2);
                    grid.AddRow("Consent", TerminalText.Markup(consent.ConsentId));
                    grid.AddRow("Status", TerminalText.Markup(consent.Status.ToString()));
                    grid.AddRow("Permissions", TerminalText.Markup(string.Join(", ", consent.Permissions)));
                    grid.AddRow("Created", consent.CreationDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
                    grid.AddRow("Expires", consent.ExpirationDateTime?.ToString("O", System.Globalization.CultureInfo.InvariantCulture) ?? "never");
                    environment.Console.Write(grid);
                    return ExitCodes.Success;
                },
                Left: e => session.Problem(e, "reading the consent").Report(environment.Error));
        });
        return command;
    }
}
