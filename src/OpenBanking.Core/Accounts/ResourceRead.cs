using LanguageExt;
using OpenBanking.Core.Configuration;
using OpenBanking.Core.Errors;
using OpenBanking.Core.Http;

namespace OpenBanking.Core.Accounts;

/// <summary>Builds the first request of a read.</summary>
/// <param name="config">The bank's configuration.</param>
/// <param name="accessToken">The access token.</param>
/// <param name="interactionId">A fresh <c>x-fapi-interaction-id</c>.</param>
/// <param name="customer">The PSU's context, when the PSU is present.</param>
public delegate Either<OpenBankingError, HttpRequestSpec> BuildResourceRequest(
    ValidatedApiConfig config, string accessToken, string interactionId, CustomerContext? customer);

/// <summary>Parses one page of a read's answer (the first or any that <c>Links.Next</c> leads to).</summary>
/// <typeparam name="T">The resource type.</typeparam>
/// <param name="response">The response.</param>
/// <param name="operation">The request's operation name, for errors.</param>
public delegate Either<OpenBankingError, ResourcePage<T>> ParseResourcePage<T>(HttpResponseSpec response, string operation);

/// <summary>
/// One read of the Account and Transaction API, as data: how to build its first request and how to parse any of its
/// pages. <see cref="AccountReads"/> has one for every read; <c>AccountInformationClient.Read</c>, <c>Pages</c> and
/// <c>ReadAll</c> take them.
/// </summary>
/// <typeparam name="T">The resource type.</typeparam>
/// <param name="Build">Builds the first request.</param>
/// <param name="Parse">Parses a page.</param>
public sealed record ResourceRead<T>(BuildResourceRequest Build, ParseResourcePage<T> Parse);
