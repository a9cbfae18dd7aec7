namespace OpenBanking.Core.Configuration;

/// <summary>The wire names of <see cref="TokenEndpointAuthMethod"/> values.</summary>
public static class TokenEndpointAuthMethods
{
    private static readonly (TokenEndpointAuthMethod Method, string Name)[] Names =
    [
        (TokenEndpointAuthMethod.ClientSecretBasic, "client_secret_basic"),
        (TokenEndpointAuthMethod.ClientSecretPost, "client_secret_post"),
        (TokenEndpointAuthMethod.PrivateKeyJwt, "private_key_jwt"),
        (TokenEndpointAuthMethod.TlsClientAuth, "tls_client_auth"),
    ];

    /// <summary>All wire names, e.g. for an error message.</summary>
    public static IReadOnlyList<string> All { get; } = Names.Select(n => n.Name).ToList();

    /// <summary>The wire name, e.g. <c>private_key_jwt</c>.</summary>
    public static string ToWireName(this TokenEndpointAuthMethod method) =>
        Names.First(n => n.Method == method).Name;

    /// <summary>The method with wire name <paramref name="name"/>, or null.</summary>
    public static TokenEndpointAuthMethod? FromWireName(string? name) =>
        Names.FirstOrDefault(n => n.Name == name) is { Name: not null } found ? found.Method : null;
}
