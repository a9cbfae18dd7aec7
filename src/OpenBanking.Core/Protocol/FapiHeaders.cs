namespace OpenBanking.Core.Protocol;

/// <summary>HTTP header names of the Read/Write API and FAPI (Read/Write API v3.1.11, "Request Headers").</summary>
public static class FapiHeaders
{
    /// <summary>RFC 4122 UUID correlating a request and its response; the bank echoes it.</summary>
    public const string InteractionId = "x-fapi-interaction-id";

    /// <summary>When the PSU last logged in with the TPP, as an RFC 7231 date.</summary>
    public const string AuthDate = "x-fapi-auth-date";

    /// <summary>The PSU's IP address, when the PSU is present.</summary>
    public const string CustomerIpAddress = "x-fapi-customer-ip-address";

    /// <summary>The PSU's user agent, when the PSU is present.</summary>
    public const string CustomerUserAgent = "x-customer-user-agent";

    /// <summary>The ASPSP's financial id; required only by banks on versions before 3.1.3.</summary>
    public const string FinancialId = "x-fapi-financial-id";

    /// <summary>Idempotency key for payment POSTs.</summary>
    public const string IdempotencyKey = "x-idempotency-key";

    /// <summary>Detached JWS over the body.</summary>
    public const string JwsSignature = "x-jws-signature";
}
