namespace OpenBanking.Core.Configuration;

/// <summary>The PEM files of the transport (mTLS) credentials, as the configuration names them.</summary>
/// <param name="CertificateFile">The client certificate (leaf first, intermediates after it): <c>transport_cert_file</c>.</param>
/// <param name="KeyFile">Its private key: <c>transport_key_file</c>.</param>
/// <param name="CaBundleFile">The roots to trust for the bank's server certificate, or null for the system's: <c>ca_bundle_file</c>.</param>
public sealed record TransportFiles(string CertificateFile, string KeyFile, string? CaBundleFile);
