namespace OpenBanking.Core.Errors;

/// <summary>The first line of an exception's message: what the platform said, without stack or detail dumps.</summary>
internal static class ExceptionText
{
    public static string FirstLine(Exception e) => e.Message.Split('\n')[0].Trim();
}
