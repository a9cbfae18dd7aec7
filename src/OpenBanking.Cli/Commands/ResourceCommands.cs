using System.CommandLine;
using System.Globalization;
using LanguageExt;
using OpenBanking.Cli.Support;
using OpenBanking.Core.Accounts;
using Spectre.Console;

namespace OpenBanking.Cli.Commands;

/// <summary>
/// <c>obx accounts | balances | transactions</c>: account resources with the stored tokens, refreshing the access token
/// when it has expired (and saying so plainly when it cannot be refreshed).
/// </summary>
public static class ResourceCommands
{
    /// <summary>The three commands.</summary>
    public static IEnumerable<Command> Create(ObxEnvironment environment)
    {
        yield return Resource(environment, "accounts", "List the consented accounts",
            (session, token, account, _, cancellation) => account is null
                ? session.Client.Send(token, AccountInformation.Accounts(), cancellationToken: cancellation).Map(p => (object)p.Items)
                : session.Client.Send(token, AccountInformation.Account(account), cancellationToken: cancellation).Map(a => (object)new[] { a }),
            (console, value) => Tables.Accounts(console, (IEnumerable<Account>)value));
        yield return Resource(environment, "balances", "List balances",
            (session, token, account, _, cancellation) => (account is null
                ? session.Client.Send(token, AccountInformation.Balances(), cancellationToken: cancellation)
                : session.Client.Send(token, AccountInformation.Balances(account), cancellationToken: cancellation)).Map(p => (object)p.Items),
            (console, value) => Tables.Balances(console, (IEnumerable<Balance>)value));
        yield return Resource(environment, "transactions", "List transactions, every page",
            (session, token, account, dates, cancellation) =>
                session.Client.ReadAll(token, AccountInformation.Transactions(new TransactionQuery(account, dates.From, dates.To)), cancellationToken: cancellation).Map(t => (object)t),
            (console, value) => Tables.RecentTransactions(console, (IReadOnlyList<Transaction>)value, ((IReadOnlyList<Transaction>)value).Count));
    }

    private static Command Resource(
        ObxEnvironment environment,
        string name,
        string description,
        Func<BankSession, string, string?, (DateTimeOffset? From, DateTimeOffset? To), CancellationToken, EitherAsync<Core.Errors.OpenBankingError, object>> read,
        Action<IAnsiConsole, object> table)
    {
        var config = BankOptions.Config();
        var tokens = BankOptions.Tokens();
        var account = new System.CommandLine.Option<string?>("--account") { Description = "One account's resources" };
        var from = new System.CommandLine.Option<string?>("--from") { Description = "Transactions booked on or after this date (yyyy-MM-dd)" };
        var to = new System.CommandLine.Option<string?>("--to") { Description = "Transactions booked on or before this date (yyyy-MM-dd)" };
        var json = new System.CommandLine.Option<bool>("--json") { Description = "Write JSON instead of a table" };
        var command = new Command(name, description) { config, tokens, account, json };
        if (name == "transactions")
        {
            command.Options.Add(from);
            command.Options.Add(to);
        }

        command.SetAction(async (parse, cancellation) =>
        {
            if (Dates(parse.GetValue(from), parse.GetValue(to)) is not { } dates)
            {
                return new Problem("--from and --to are dates like 2026-10-31").Report(environment.Error);
            }

            if (!BankSession.Open(environment, parse.GetValue(config)!, parse.GetValue(tokens)).TryRight(out var opened, out var problem))
            {
                return problem.Report(environment.Error);
            }

            using var session = opened;
            var token = await Fresh(environment, session, cancellation);
            if (token.IsLeft)
            {
                return token.Match(Right: _ => 0, Left: p => p.Report(environment.Error));
            }

            var result = await read(session, token.Match(Right: t => t, Left: _ => ""), parse.GetValue(account), dates, cancellation).ToEither();
            return result.Match(
                Right: value =>
                {
                    if (parse.GetValue(json))
                    {
                        JsonOutput.Write(environment, value);
                    }
                    else
                    {
                        table(environment.Console, value);
                    }

                    return ExitCodes.Success;
                },
                Left: error => session.Problem(error, name).Report(environment.Error));
        });
        return command;
    }

    /// <summary>The stored access token, refreshed first when it has expired.</summary>
    internal static async Task<Either<Problem, string>> Fresh(ObxEnvironment environment, BankSession session, CancellationToken cancellation)
    {
        if (!StoredTokens.Load(session.TokensPath).TryRight(out var tokens, out var problem))
        {
            return problem;
        }

        if (!tokens.Expired(environment.Time.GetUtcNow()))
        {
            return tokens.AccessToken;
        }

        if (tokens.RefreshToken is null)
        {
            return new Problem("the stored access token has expired and there is no refresh token: run obx login again");
        }

        var refreshed = await session.Client.RefreshToken(tokens.RefreshToken, cancellation).ToEither();
        return refreshed
            .MapLeft(error => session.Problem(error, "refreshing the access token"))
            .Bind(fresh => (tokens with { AccessToken = fresh.AccessToken, RefreshToken = fresh.RefreshToken ?? tokens.RefreshToken, ExpiresAt = fresh.ExpiresAt })
                .Save(session.TokensPath)
                .Map(_ =>
                {
                    // Standard error: standard output may be JSON for a pipe.
                    environment.Error.WriteLine("obx: the access token had expired and was refreshed");
                    return fresh.AccessToken;
                }));
    }

    private static (DateTimeOffset? From, DateTimeOffset? To)? Dates(string? from, string? to)
    {
        DateTimeOffset? Parse(string? text, bool endOfDay) =>
            text is null ? null
            : DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? new DateTimeOffset(endOfDay ? date.AddDays(1).AddSeconds(-1) : date, TimeSpan.Zero)
                : DateTimeOffset.MinValue;
        var start = Parse(from, endOfDay: false);
        var end = Parse(to, endOfDay: true);
        return start == DateTimeOffset.MinValue || end == DateTimeOffset.MinValue ? null : (start, end);
    }
}
