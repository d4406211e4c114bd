using RightHelp.Api.Audit;
using RightHelp.Api.Authorization;
using RightHelp.GraphQL.Execution;

namespace RightHelp.Api.GraphQL;

/// <summary>
/// What the field rules need from a request, found once per request instead of once per field: a plan page
/// resolves about 450 fields, and looking the viewer and the audit trail up in the request's services for
/// each cost a locked dictionary lookup apiece. Kept in the request's items, so it lives exactly as long as
/// the request and nothing is shared between requests or users.
/// </summary>
public sealed class RequestGuard
{
    private const string Key = "RightHelp.Api.GraphQL.RequestGuard";
    private readonly ViewerAccessor _viewers;
    private Task<Viewer>? _viewer;

    private RequestGuard(ViewerAccessor viewers, AuditTrail audit)
    {
        _viewers = viewers;
        Audit = audit;
    }

    public AuditTrail Audit { get; }

    /// <summary>The viewer once it has been worked out (the root field's rule awaits it before any other field runs).</summary>
    public Viewer? KnownViewer => _viewer is { IsCompletedSuccessfully: true } viewer ? viewer.Result : null;

    /// <summary>The request's one viewer task (the <see cref="ViewerAccessor"/> makes it once per request).</summary>
    public Task<Viewer> ViewerAsync(ResolveContext context)
        => _viewer ??= _viewers.GetAsync(context.Request.User, context.CancellationToken);

    public static RequestGuard Of(ResolveContext context)
    {
        // The first field of a request makes it, before any other resolver runs; later fields only read.
        var items = context.Request.Items;
        if (items.TryGetValue(Key, out var found) && found is RequestGuard guard)
        {
            return guard;
        }
        lock (items)
        {
            if (items.TryGetValue(Key, out found) && found is RequestGuard existing)
            {
                return existing;
            }
            guard = new RequestGuard(context.GetService<ViewerAccessor>(), context.GetService<AuditTrail>());
            items[Key] = guard;
            return guard;
        }
    }
}
