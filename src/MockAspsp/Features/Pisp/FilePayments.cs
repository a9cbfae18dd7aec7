using Microsoft.AspNetCore.Routing;

namespace MockAspsp.Features.Pisp;

/// <summary>File payments' own operations: the file's upload and download, and the report file.</summary>
public static class FilePayments
{
    /// <summary>Maps the file operations under <paramref name="pisp"/>.</summary>
    public static void Map(RouteGroupBuilder pisp)
    {
        ArgumentNullException.ThrowIfNull(pisp);
    }
}
