using System.Collections.Immutable;

namespace MockAspsp.Domain;

/// <summary>A payment file uploaded to its consent: the bytes as received and the payments read from them.</summary>
/// <param name="Bytes">The file, byte for byte.</param>
/// <param name="MediaType">The media type it was uploaded as.</param>
/// <param name="Transactions">The payments in it.</param>
public sealed record UploadedFile(ImmutableArray<byte> Bytes, string MediaType, ImmutableArray<FileTransaction> Transactions);

/// <summary>One payment in a payment file.</summary>
/// <param name="EndToEndIdentification">Its end-to-end id.</param>
/// <param name="Amount">Its amount.</param>
/// <param name="Currency">Its currency.</param>
/// <param name="CreditorName">Who is paid.</param>
/// <param name="Reference">Its reference, if any.</param>
public sealed record FileTransaction(string EndToEndIdentification, decimal Amount, string Currency, string CreditorName, string? Reference);
