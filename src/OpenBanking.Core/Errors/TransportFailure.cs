namespace OpenBanking.Core.Errors;

/// <summary>Why a request never got an HTTP answer.</summary>
public enum TransportFailure
{
    /// <summary>The host name could not be resolved.</summary>
    NameResolution,

    /// <summary>The TCP connection was refused or could not be made.</summary>
    Connection,

    /// <summary>The TLS handshake failed: the server's certificate was not trusted, or the server refused ours.</summary>
    Tls,

    /// <summary>No answer within the configured per-request timeout.</summary>
    Timeout,

    /// <summary>The connection ended before a complete answer arrived.</summary>
    ConnectionClosed,

    /// <summary>Reading the transport certificate, key or CA bundle failed.</summary>
    Credentials,

    /// <summary>The server's answer was not HTTP: an invalid status line, header or framing, or bytes that are no protocol at all.</summary>
    InvalidResponse,

    /// <summary>The response body was larger than the interpreter reads (counted after decompression).</summary>
    ResponseTooLarge,

    /// <summary>Anything else the network stack reported.</summary>
    Other,
}
