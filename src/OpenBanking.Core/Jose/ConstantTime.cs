using System.Security.Cryptography;
using System.Text;

namespace OpenBanking.Core.Jose;

/// <summary>Comparisons of values an attacker may probe (state, nonce, hashes) in time that does not depend on where they differ.</summary>
internal static class ConstantTime
{
    public static bool Equal(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}
