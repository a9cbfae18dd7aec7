using System.Text;

namespace OpenBanking.Core.Http;

/// <summary>Short, single-line, capped excerpts of response bodies for error messages.</summary>
public static class BodyExcerpt
{
    /// <summary>The most characters of a body an error message carries.</summary>
    public const int MaxLength = 300;

    /// <summary>The first <see cref="MaxLength"/> characters of <paramref name="body"/> on one line, with "…" if cut.</summary>
    public static string Of(ReadOnlySpan<byte> body)
    {
        var text = Encoding.UTF8.GetString(body.Length > MaxLength * 4 ? body[..(MaxLength * 4)] : body);
        var oneLine = string.Join(' ', text.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return oneLine.Length <= MaxLength ? oneLine : string.Concat(oneLine.AsSpan(0, MaxLength), "…");
    }
}
