using System.CommandLine;

namespace OpenBanking.Cli.Commands;

/// <summary>The options every real-bank command shares.</summary>
public static class BankOptions
{
    /// <summary>--config: the bank's JSON config (the seed library's snake_case keys).</summary>
    public static Option<string> Config() => new("--config") { Description = "The bank's config file (JSON, snake_case keys)", Required = true };

    /// <summary>--tokens: where the tokens live (default: beside the config, as &lt;name&gt;.tokens.json).</summary>
    public static Option<string?> Tokens() => new("--tokens") { Description = "The token file (default: <config name>.tokens.json beside the config)" };
}
