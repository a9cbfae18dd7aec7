namespace OpenBanking.Core.Errors;

/// <summary>The request got no usable HTTP answer: DNS, connection, TLS, timeout, an answer that is not HTTP, or one too large.</summary>
/// <param name="Host">The host (and port) the request was for.</param>
/// <param name="Failure">What kind of failure it was.</param>
/// <param name="Cause">What the network stack said, innermost cause included.</param>
public sealed record TransportError(string Host, TransportFailure Failure, string Cause) : OpenBankingError
{
    /// <inheritdoc />
    public override string Message => Failure switch
    {
        TransportFailure.NameResolution => $"Could not resolve {Host}: {Cause}",
        TransportFailure.Connection => $"Could not connect to {Host}: {Cause}",
        TransportFailure.Tls => $"TLS with {Host} failed: {Cause}",
        TransportFailure.Timeout => $"No answer from {Host}: {Cause}",
        TransportFailure.ConnectionClosed => $"{Host} closed the connection: {Cause}",
        TransportFailure.Credentials => $"Transport credentials for {Host} unusable: {Cause}",
        TransportFailure.InvalidResponse => $"{Host} did not answer in HTTP: {Cause}",
        TransportFailure.ResponseTooLarge => $"{Host} sent a response too large to read: {Cause}",
        _ => $"Request to {Host} failed: {Cause}",
    };
}
