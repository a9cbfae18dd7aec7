using System.Text;

namespace MockAspsp.Hosting;

/// <summary>What the mock prints when it starts: where it is, where its files are, who may use it.</summary>
public static class MockAspspBanner
{
    /// <summary>The banner text.</summary>
    public static string Text(MockBank bank)
    {
        ArgumentNullException.ThrowIfNull(bank);
        var text = new StringBuilder();
        text.AppendLine($"Mock ASPSP listening. Issuer: {bank.Issuer.Value}");
        text.AppendLine($"  discovery:   {bank.Issuer.Value}/.well-known/openid-configuration");
        text.AppendLine($"  AIS API:     {bank.Issuer.Value}/open-banking/v3.1/aisp");
        text.AppendLine($"  files:       {Path.GetFullPath(bank.Pki.Folder)}");
        text.AppendLine("    bank-ca.pem          trust this for the bank's server certificate (ca_bundle_file)");
        text.AppendLine("    tpp-transport.pem/.key  a transport certificate the bank trusts");
        text.AppendLine("    tpp-signing.key      the demo clients' signing key (kid obfx-demo-signing)");
        text.AppendLine("  clients (a library config for each: client-<method>.json in the files folder):");
        foreach (var client in bank.Clients.All)
        {
            text.AppendLine($"    {client.ClientId,-34} {client.Registration.TokenEndpointAuthMethod}");
        }

        // A test double's logins: printed, so nobody has to look them up.
        text.AppendLine("  PSUs: " + string.Join(", ", bank.Psus.All.Select(p => $"{p.Username} / {p.Password}")));
        text.AppendLine("  headless approval: POST /authorize/headless {\"consent_url\", \"username\", \"password\"}");
        return text.ToString();
    }
}
