using System.Diagnostics;
using MockAspsp.Hosting;
using OpenBanking.Core.Configuration;
using OpenBanking.Core.Io;

namespace OpenBanking.Benchmarks;

/// <summary>
/// The mock bank as its own process (<c>dotnet MockAspsp.dll</c>) on 127.0.0.1 with a free port and real mutual TLS, as a
/// TPP engineer runs it — so that what the benchmark process allocates and spends is the library's alone. The library
/// reads the client config the mock writes (<c>client-private-key-jwt.json</c>), as the README tells a user to.
/// </summary>
internal sealed class MockBankProcess : IDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    private MockBankProcess(Process process, string folder, ValidatedApiConfig config)
    {
        _process = process;
        _folder = folder;
        Config = config;
    }

    /// <summary>The library configuration for the demo private_key_jwt client.</summary>
    public ValidatedApiConfig Config { get; }

    public static MockBankProcess Start()
    {
        var folder = Directory.CreateTempSubdirectory("obfx-bench-mock-").FullName;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { typeof(MockAspspApp).Assembly.Location, "--MockAspsp:Url=https://127.0.0.1:0", $"--MockAspsp:CertificatesFolder={folder}" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("the mock bank did not start");
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // Read to the end, so the mock never blocks on a full pipe; its banner says when it listens.
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data?.StartsWith("Mock ASPSP listening.", StringComparison.Ordinal) == true)
            {
                listening.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is { Length: > 0 } text)
            {
                Console.Error.WriteLine($"mock bank: {text}");
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!listening.Task.Wait(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException("the mock bank printed no banner within 60 s");
        }

        var config = ConfigFile.Load(Path.Combine(folder, "client-private-key-jwt.json"));
        if (config.IsLeft)
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw new InvalidOperationException(config.Match(Right: _ => "", Left: e => e.ToString()));
        }

        return new MockBankProcess(process, folder, config.Match(Right: c => c, Left: _ => null!));
    }

    /// <summary>An interpreter with its own connection pool, as a TPP keeps one per bank.</summary>
    public HttpClientInterpreter Pooled() =>
        HttpClientInterpreter.Create(Config).Match(Right: h => h, Left: e => throw new InvalidOperationException(e.ToString()));

    public void Dispose()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
