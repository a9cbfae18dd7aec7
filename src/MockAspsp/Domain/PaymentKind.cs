namespace MockAspsp.Domain;

/// <summary>The seven kinds of payment order the Payment Initiation API v3.1.11 has, each with its consent and its payment.</summary>
public enum PaymentKind
{
    /// <summary>A single immediate domestic payment.</summary>
    Domestic,

    /// <summary>A domestic payment on a future date.</summary>
    DomesticScheduled,

    /// <summary>A domestic standing order.</summary>
    DomesticStandingOrder,

    /// <summary>A single immediate international payment.</summary>
    International,

    /// <summary>An international payment on a future date.</summary>
    InternationalScheduled,

    /// <summary>An international standing order.</summary>
    InternationalStandingOrder,

    /// <summary>A bulk or batch file of payments.</summary>
    File,
}
