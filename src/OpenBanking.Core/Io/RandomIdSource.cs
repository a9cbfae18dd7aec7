using OpenBanking.Core.Http;

namespace OpenBanking.Core.Io;

/// <summary>The production <see cref="IdSource"/>: <see cref="Guid.NewGuid"/>, a version 4 UUID from the OS's secure random generator.</summary>
internal sealed class RandomIdSource : IdSource
{
    public override string NewId() => Guid.NewGuid().ToString("D");
}
