namespace OpenBanking.Core.Api;

/// <summary>A read response envelope whose required <c>Data</c> can be checked after deserialisation.</summary>
internal interface IReadDocument
{
    bool HasData { get; }
}
