namespace OpenBanking.Conformance.Tests.Support;

/// <summary>Files of the repository the tests run from (fixtures/ lives at its root, beside OpenBanking.Fx.sln).</summary>
public static class Repository
{
    /// <summary>The repository's root folder.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The path of <paramref name="relative"/> under the root.</summary>
    public static string PathOf(string relative) => Path.Combine(Root, relative);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "OpenBanking.Fx.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"OpenBanking.Fx.sln not found above {AppContext.BaseDirectory}");
    }
}
