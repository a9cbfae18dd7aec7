namespace OpenBanking.Core.Payments;

/// <summary>
/// A file of payments, described by its metadata (OBWriteFileConsent3 <c>Data.Initiation</c>), the same object in the
/// consent, the submission (OBWriteFile2) and their answers. <see cref="PaymentFile.Describe"/> makes one from the file.
/// </summary>
/// <param name="FileType">The file's format (<see cref="PaymentFileTypes"/>).</param>
/// <param name="FileHash">Base64 of the SHA-256 hash of the file's bytes (<see cref="PaymentFile.Hash"/>), at most 44 characters.</param>
/// <param name="FileReference">The TPP's reference for the file, 1 to 40 characters.</param>
/// <param name="NumberOfTransactions">How many payments the file holds (digits as text on the wire).</param>
/// <param name="ControlSum">The total of the file's amounts, whatever their currencies (a JSON number on the wire).</param>
/// <param name="RequestedExecutionDateTime">When the PSU's account is to be debited; in the future when sent.</param>
/// <param name="LocalInstrument">The payment scheme, e.g. <c>UK.OBIE.BACS</c> (<see cref="LocalInstruments"/>).</param>
/// <param name="DebtorAccount">The PSU's account; when left out the PSU chooses it at the bank.</param>
/// <param name="RemittanceInformation">The reference and text for the payees.</param>
/// <param name="SupplementaryData">Extra data agreed with the bank, as JSON.</param>
public sealed record FilePaymentInitiation(
    string FileType,
    string FileHash,
    string? FileReference = null,
    string? NumberOfTransactions = null,
    decimal? ControlSum = null,
    DateTimeOffset? RequestedExecutionDateTime = null,
    string? LocalInstrument = null,
    PaymentAccount? DebtorAccount = null,
    RemittanceInformation? RemittanceInformation = null,
    RawJson? SupplementaryData = null);
