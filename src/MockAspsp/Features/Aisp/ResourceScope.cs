using MockAspsp.Seed;

namespace MockAspsp.Features.Aisp;

/// <summary>What a resource request may see: its consent's accounts (or the one account named in the path).</summary>
/// <param name="Access">The checked access.</param>
/// <param name="Accounts">The accounts in scope.</param>
/// <param name="Now">The time of the request.</param>
public sealed record ResourceScope(Access Access, IReadOnlyList<BankAccount> Accounts, DateTimeOffset Now)
{
    /// <summary>True when the consent grants <paramref name="permission"/>.</summary>
    public bool Grants(string permission) => Access.Authorised.Grants(permission);
}
