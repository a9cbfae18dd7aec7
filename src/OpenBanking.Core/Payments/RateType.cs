using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Payments;

/// <summary>How the exchange rate of an international payment is fixed (<c>ExchangeRateInformation.RateType</c>).</summary>
[JsonConverter(typeof(CodeConverter<RateType>))]
public enum RateType
{
    /// <summary>The rate at the time the payment is executed.</summary>
    Actual,

    /// <summary>A rate agreed in advance under a contract (<c>ContractIdentification</c>), given in <c>ExchangeRate</c>.</summary>
    Agreed,

    /// <summary>An indication only; the rate applied may differ.</summary>
    Indicative,
}
