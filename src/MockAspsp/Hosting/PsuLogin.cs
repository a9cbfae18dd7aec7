namespace MockAspsp.Hosting;

/// <summary>A PSU's login at the mock bank, tied to one of the seeded customers' data.</summary>
/// <param name="Username">What the PSU types as user name.</param>
/// <param name="Password">What the PSU types as password.</param>
/// <param name="Customer">The seeded customer whose accounts this login reaches (<c>amelia</c>, <c>oliver</c> or <c>northwind</c>).</param>
public sealed record PsuLogin(string Username, string Password, string Customer)
{
    /// <summary>Never prints the password.</summary>
    public override string ToString() => $"PsuLogin({Username} → {Customer})";
}
