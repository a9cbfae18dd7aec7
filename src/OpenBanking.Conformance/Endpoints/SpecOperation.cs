using OpenBanking.Core;

namespace OpenBanking.Conformance.Endpoints;

/// <summary>An operation of the Read/Write API v3.1.11, as its OpenAPI document declares it.</summary>
/// <param name="Document">The document that declares it (<see cref="Specs.SpecDocument.Id"/>, e.g. <c>payment-initiation</c>).</param>
/// <param name="Api">
/// The API: <c>aisp</c>, <c>pisp</c> (payments and VRP), <c>cbpii</c>, <c>events</c> (the bank's event subscription and
/// polling endpoints) or <c>event-notifications</c> (the TPP's endpoint the bank calls).
/// </param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Template">The path under the API's base path, e.g. <c>/accounts/{AccountId}/balances</c>.</param>
/// <param name="SuccessStatus">The status of its success response.</param>
/// <param name="Statuses">Every status the spec lists for it.</param>
/// <param name="RequiredHeaders">Headers the spec requires besides Authorization (lower case), e.g. <c>x-idempotency-key</c>.</param>
/// <param name="RequestSchema">The request body's schema name, when it has a JSON body.</param>
/// <param name="ResponseSchemas">The response body's schema name by status, for the statuses that have a JSON body.</param>
public sealed record SpecOperation(
    string Document,
    string Api,
    string Method,
    string Template,
    int SuccessStatus,
    EquatableList<int> Statuses,
    EquatableList<string> RequiredHeaders,
    string? RequestSchema,
    EquatableDictionary<int, string> ResponseSchemas)
{
    /// <summary>The success response's schema name, when it has a JSON body (files have none: see <see cref="Specs.SpecDocument"/>).</summary>
    public string? ResponseSchema => ResponseSchemas.TryGetValue(SuccessStatus, out var name) ? name : null;

    /// <summary>How reports name it, e.g. <c>GET /accounts/{AccountId}/balances</c>.</summary>
    public override string ToString() => $"{Method} {Template}";
}

/// <summary>
/// Every operation of the v3.1.11 OpenAPI documents (account information, payment initiation, VRP, confirmation of
/// funds, events and event notifications), read from the documents themselves (<see cref="Specs.SpecDocuments"/>).
/// </summary>
public static class SpecOperations
{
    /// <summary>All of them, in document order.</summary>
    public static IReadOnlyList<SpecOperation> All => AllOperations.Value;

    private static readonly Lazy<IReadOnlyList<SpecOperation>> AllOperations = new(() => [.. Specs.SpecDocuments.All.SelectMany(d => d.Operations)]);
}
