using System.Diagnostics;

namespace OpenBanking.Cli.Support;

/// <summary>Opens a URL in the user's browser, when there is a desktop to open it on.</summary>
public static class Browser
{
    /// <summary>True when a browser was asked to open <paramref name="url"/>.</summary>
    public static bool TryOpen(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        (string File, string Arguments)? command = OperatingSystem.IsWindows() ? ("cmd", $"/c start \"\" \"{url.AbsoluteUri}\"")
            : OperatingSystem.IsMacOS() ? ("open", url.AbsoluteUri)
            : Environment.GetEnvironmentVariable("DISPLAY") is { Length: > 0 } || Environment.GetEnvironmentVariable("WAYLAND_DISPLAY") is { Length: > 0 }
                ? ("xdg-open", url.AbsoluteUri)
                : null;
        if (command is not { } chosen)
        {
            return false;
        }

        var (file, arguments) = chosen;

        try
        {
            using var process = Process.Start(new ProcessStartInfo(file, arguments) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true });
            return process is not null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
