using OpenBanking.Core.Errors;
using OpenBanking.Core.Jose;

namespace OpenBanking.Core.Configuration;

/// <summary>A user's signer read for validation and printing: what it throws is a value, not an exception.</summary>
internal static class SafeSigner
{
    /// <summary>The signer's kid, or a note that reading it failed.</summary>
    public static string KeyIdOf(IJwsSigner signer) => Read(signer, s => s.KeyId).Value ?? "(unreadable)";

    /// <summary>The signer's algorithm, or a note that reading it failed.</summary>
    public static string AlgorithmOf(IJwsSigner signer) => Read(signer, s => s.Algorithm).Value ?? "(unreadable)";

    /// <summary>A property of the signer (null read as empty), or why reading it failed; cancellation still throws.</summary>
    public static (string? Value, string? Failure) Read(IJwsSigner signer, Func<IJwsSigner, string> property)
    {
        try
        {
            return (property(signer) ?? "", null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return (null, $"threw {e.GetType().Name}: {ExceptionText.FirstLine(e)}");
        }
    }
}
