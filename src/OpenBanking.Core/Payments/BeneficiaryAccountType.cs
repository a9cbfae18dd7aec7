using System.Text.Json.Serialization;
using OpenBanking.Core.Json;

namespace OpenBanking.Core.Payments;

/// <summary>The kind of account the payee holds (OBRisk1 <c>BeneficiaryAccountType</c>, OBExternalExtendedAccountType1Code).</summary>
[JsonConverter(typeof(CodeConverter<BeneficiaryAccountType>))]
public enum BeneficiaryAccountType
{
#pragma warning disable CS1591 // the spec's code names say what they are
    Business,
    BusinessSavingsAccount,
    Charity,
    Collection,
    Corporate,
    Ewallet,
    Government,
    Investment,
    ISA,
    JointPersonal,
    Pension,
    Personal,
    PersonalSavingsAccount,
    Premier,
    Wealth,
#pragma warning restore CS1591
}
