using System.Security.Claims;
using RightHelp.Api.Data;

namespace RightHelp.Api.Authorization;

/// <summary>The request's viewer, worked out once per request and shared by every resolver.</summary>
public sealed class ViewerAccessor(RequestDatabase database)
{
    private Task<Viewer>? _viewer;
    private readonly Lock _gate = new();

    public Task<Viewer> GetAsync(ClaimsPrincipal? principal, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _viewer ??= database.RunAsync(db => ViewerFactory.CreateAsync(principal, db, cancellationToken), cancellationToken);
        }
    }
}
