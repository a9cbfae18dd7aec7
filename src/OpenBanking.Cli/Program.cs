using OpenBanking.Cli.Commands;
using OpenBanking.Cli.Support;

return await ObxCommand.Run(args, ObxEnvironment.System());
