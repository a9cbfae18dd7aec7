namespace OpenBanking.Core.Protocol;

/// <summary>Authentication context class references of the Read/Write API (Security Profile, "acr").</summary>
public static class AcrValues
{
    /// <summary>Strong Customer Authentication was performed.</summary>
    public const string Sca = "urn:openbanking:psd2:sca";

    /// <summary>Customer authentication without SCA (an exemption applied).</summary>
    public const string Ca = "urn:openbanking:psd2:ca";
}
