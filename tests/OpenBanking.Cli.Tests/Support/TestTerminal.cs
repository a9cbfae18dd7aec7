using System.Text;
using Microsoft.Extensions.Time.Testing;
using OpenBanking.Cli.Support;
using Spectre.Console;

namespace OpenBanking.Cli.Tests.Support;

/// <summary>A terminal for obx in a test: captured output and errors, a paste-able input, a fake clock, a fake browser.</summary>
public sealed class TestTerminal
{
    public TestTerminal(string workingDirectory, FakeTimeProvider? time = null)
    {
        Time = time ?? new FakeTimeProvider(DateTimeOffset.UtcNow);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(Screen),
        });
        console.Profile.Width = 240;
        Environment = new ObxEnvironment(console, Output, Error, Input, Time, workingDirectory, url =>
        {
            Opened.Add(url);
            return true;
        });
    }

    public LockedWriter Screen { get; } = new();

    public LockedWriter Output { get; } = new();

    public LockedWriter Error { get; } = new();

    public PastedInput Input { get; } = new();

    public FakeTimeProvider Time { get; }

    public List<Uri> Opened { get; } = [];

    public ObxEnvironment Environment { get; }

    public Task<int> Run(params string[] args) => Commands.ObxCommand.Run(args, Environment);

    /// <summary>
    /// Runs obx while the fake clock goes forward ten times as fast as real time, for what waits on the bank's clock (a
    /// payment settling a second after it is submitted, followed with delays on the same clock).
    /// </summary>
    public async Task<int> RunWithClockGoing(params string[] args)
    {
        var run = Run(args);
        while (!run.IsCompleted)
        {
            Time.Advance(TimeSpan.FromMilliseconds(100));
            await Task.WhenAny(run, Task.Delay(10));
        }

        return await run;
    }

    /// <summary>Waits until the screen shows a line starting with <paramref name="prefix"/>, and returns it.</summary>
    public async Task<string> WaitForLine(string prefix, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < deadline)
        {
            if (Screen.ToString().Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal)) is { } line)
            {
                return line;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"No line starting with '{prefix}' appeared. Screen:\n{Screen}\nErrors:\n{Error}");
    }
}

/// <summary>A StringWriter safe to read while another thread writes.</summary>
public sealed class LockedWriter : StringWriter
{
    private readonly Lock _gate = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (_gate)
        {
            base.Write(value);
        }
    }

    public override void Write(string? value)
    {
        lock (_gate)
        {
            base.Write(value);
        }
    }

    public override void Write(char[] buffer, int index, int count)
    {
        lock (_gate)
        {
            base.Write(buffer, index, count);
        }
    }

    public override string ToString()
    {
        lock (_gate)
        {
            return base.ToString();
        }
    }
}

/// <summary>Standard input that answers the first ReadLine with what the test pastes, whenever it pastes it.</summary>
public sealed class PastedInput : TextReader
{
    private readonly TaskCompletionSource<string?> _line = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Paste(string line) => _line.TrySetResult(line);

    public override string? ReadLine() => _line.Task.GetAwaiter().GetResult();

    public override ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken) => new(_line.Task.WaitAsync(cancellationToken));
}
