using MockAspsp.Hosting;

namespace MockAspsp.Tests.Support;

/// <summary>
/// One certificates folder per test run, made at the fake clock's time (so the in-memory bank's validity checks
/// pass whatever today's date is), and shared by every in-memory bank.
/// </summary>
public static class TestPki
{
    private static readonly Lazy<string> Made = new(() =>
    {
        var folder = Directory.CreateTempSubdirectory("mock-aspsp-tests-").FullName;
        MockPki.LoadOrCreate(folder, TestBank.Start);
        return folder;
    });

    /// <summary>The folder.</summary>
    public static string Folder => Made.Value;
}
