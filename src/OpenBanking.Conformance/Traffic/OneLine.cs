namespace OpenBanking.Conformance.Traffic;

/// <summary>Text that may come from a recording, made safe for a one-line message or report line.</summary>
internal static class OneLine
{
    /// <summary><paramref name="text"/> with every control character (a recorded value may hold any) as a space.</summary>
    public static string Of(string text) =>
        string.Create(text.Length, text, (span, t) =>
        {
            for (var i = 0; i < t.Length; i++)
            {
                span[i] = char.IsControl(t[i]) ? ' ' : t[i];
            }
        });
}
