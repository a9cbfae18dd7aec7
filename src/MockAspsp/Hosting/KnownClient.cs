using Microsoft.IdentityModel.Tokens;

namespace MockAspsp.Hosting;

/// <summary>A registered client with its public keys parsed.</summary>
/// <param name="Registration">What was registered.</param>
/// <param name="Keys">The client's signing keys (empty when it registered none).</param>
public sealed record KnownClient(RegisteredClient Registration, IReadOnlyList<SecurityKey> Keys)
{
    /// <summary>The client id.</summary>
    public string ClientId => Registration.ClientId;
}
