using MockAspsp.Fapi;

namespace MockAspsp.Features.OAuth;

/// <summary>What the token endpoint was sent: the Authorization header, the form fields and the transport certificate.</summary>
public sealed record TokenRequestInput(string? Authorization, IReadOnlyDictionary<string, string> Form, ClientCertificate Certificate)
{
    /// <summary>A form field, or null.</summary>
    public string? Field(string name) => Form.TryGetValue(name, out var value) ? value : null;

    /// <summary>Never prints secrets.</summary>
    public override string ToString() => $"TokenRequestInput(grant_type={Field("grant_type")}, fields=[{string.Join(", ", Form.Keys)}])";
}
