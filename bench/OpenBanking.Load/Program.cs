namespace OpenBanking.Load;

/// <summary>The entry point. Not <c>Program</c>: the mock bank, hosted in this process, declares a global one.</summary>
public static class LoadProgram
{
    /// <summary><c>dotnet run -c Release --project bench/OpenBanking.Load -- [--duration s] [--warmup s] [--connections 16,128] [--endpoints trivial accounts transactions] [--json]</c>.</summary>
    public static Task<int> Main(string[] args) => LoadCommand.Run(args, Console.Out, Console.Error);
}
