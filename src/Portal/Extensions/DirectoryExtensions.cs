using RightHelp.Portal.EarlyHelp;

namespace RightHelp.Portal.Extensions;

public static class DirectoryExtensions
{
    /// <summary>The early help directory's form posts: the school's shortlist for a family.</summary>
    public static IEndpointRouteBuilder MapDirectoryEndpoints(this IEndpointRouteBuilder app) => app.MapShortlistEndpoints();
}
