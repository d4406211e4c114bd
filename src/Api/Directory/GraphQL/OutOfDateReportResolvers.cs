using Microsoft.EntityFrameworkCore;
using RightHelp.Api.Audit;
using RightHelp.Api.Authorization;
using RightHelp.Api.Data;
using RightHelp.Api.GraphQL;

namespace RightHelp.Api.Directory.GraphQL;

/// <summary>
/// "Report something out of date": anyone may report, without signing in; the report reaches the
/// listing's owner (partners of its organisation) and the editors, who list what is still open.
/// </summary>
public static class OutOfDateReportResolvers
{
    public const int MaxLength = 2000;
    public const int MaxEmailLength = 254;

    public static void Register(ResolverMap map) => map
        .AddAsync("Mutation", "reportOutOfDate", async ctx =>
        {
            var input = ctx.Input();
            var whatIsWrong = (input.GetValueOrDefault("whatIsWrong") as string ?? "").Trim();
            var email = (input.GetValueOrDefault("email") as string)?.Trim();
            if (string.IsNullOrEmpty(email))
            {
                email = null;
            }
            if (whatIsWrong.Length == 0 || whatIsWrong.Length > MaxLength)
            {
                return Failed(UserErrors.Invalid("whatIsWrong", whatIsWrong.Length == 0
                    ? "Tell us what is out of date."
                    : $"Use {MaxLength} characters or fewer."));
            }
            if (email is not null && !LooksLikeEmail(email))
            {
                return Failed(UserErrors.Invalid("email", "Enter an email address like name@example.com, or leave it empty."));
            }
            var serviceId = GlobalId.DecodeAs(input.GetValueOrDefault("serviceId") as string, "Service");
            var now = ctx.GetService<TimeProvider>().GetUtcNow();
            return await ctx.Database().RunAsync(async db =>
            {
                if (serviceId is not { } id || !await db.Services.AnyAsync(s => s.Id == id && s.Status == ServiceStatus.Active, ctx.CancellationToken))
                {
                    return Failed(UserErrors.NotFound("listing"));
                }
                db.OutOfDateReports.Add(new OutOfDateReport
                {
                    ServiceId = id,
                    Details = whatIsWrong,
                    ReporterEmail = email,
                    Status = ReportStatus.Open,
                    CreatedAt = now,
                });
                await db.SaveChangesAsync(ctx.CancellationToken);
                return new ReportOutOfDateResult(true, []);
            }, ctx.CancellationToken);
        })
        .AddAsync("Query", "outOfDateReports", async ctx =>
        {
            var viewer = await ctx.ViewerAsync();
            var openOnly = ctx.GetArgument<bool?>("openOnly") ?? true;
            return await Paging.PageAsync(ctx.Database(), db =>
            {
                var reports = db.OutOfDateReports.AsNoTracking().Include(r => r.Service).ThenInclude(s => s!.Organization).AsQueryable();
                if (viewer.Role != ViewerRole.Editor)
                {
                    // A partner sees reports about their own organisation's listings; anyone else, none.
                    var own = viewer.Role == ViewerRole.Partner ? viewer.OrganizationId : null;
                    reports = reports.Where(r => own != null && r.Service!.OrganizationId == own);
                }
                if (openOnly)
                {
                    reports = reports.Where(r => r.Status == ReportStatus.Open);
                }
                return reports.OrderByDescending(r => r.CreatedAt).ThenBy(r => r.Id);
            }, ctx);
        })
        .AddAsync("Mutation", "resolveOutOfDateReport", ResolveAsync)
        .Add("OutOfDateReport", "id", ctx => GlobalId.Encode("OutOfDateReport", ctx.GetSource<OutOfDateReport>().Id))
        .Add("OutOfDateReport", "whatIsWrong", ctx => ctx.GetSource<OutOfDateReport>().Details)
        .Add("OutOfDateReport", "email", ctx => ctx.GetSource<OutOfDateReport>().ReporterEmail)
        .Add("OutOfDateReport", "reportedAt", ctx => ctx.GetSource<OutOfDateReport>().CreatedAt)
        .Add("OutOfDateReport", "open", ctx => ctx.GetSource<OutOfDateReport>().Status == ReportStatus.Open);

    /// <summary>
    /// Resolving only closes the report: the owner fixes the listing through the moderated change
    /// or "still correct", so nothing published changes here. Audited, as it hides the report.
    /// </summary>
    private static async Task<Payload> ResolveAsync(RightHelp.GraphQL.Execution.ResolveContext ctx)
    {
        var viewer = await ctx.ViewerAsync();
        var reportId = GlobalId.DecodeAs(ctx.Input().GetValueOrDefault("id") as string, "OutOfDateReport");
        var time = ctx.GetService<TimeProvider>();
        return await ctx.Database().RunAsync<Payload>(async db =>
        {
            var report = reportId is { } id
                ? await db.OutOfDateReports.Include(r => r.Service).ThenInclude(s => s!.Organization)
                    .FirstOrDefaultAsync(r => r.Id == id, ctx.CancellationToken)
                : null;
            // Someone who may not read the report learns nothing about it, not even that it exists.
            if (report is null || !DirectoryPolicies.MayReadReportsOf(viewer, report.Service?.OrganizationId))
            {
                return Payload.Failed("report", UserErrors.NotFound("report"));
            }
            if (report.Status == ReportStatus.Open)
            {
                var now = time.GetUtcNow();
                report.Status = ReportStatus.Resolved;
                report.ResolvedAt = now;
                db.AuditEvents.Add(new AuditEvent
                {
                    OccurredAt = now,
                    ActorIssuer = viewer.Issuer,
                    ActorSubject = viewer.Subject,
                    ActorRole = viewer.AuditRole,
                    Action = "listing.report.resolve",
                    EntityType = nameof(OutOfDateReport),
                    EntityId = report.Id,
                    CorrelationId = ctx.GetService<AuditTrail>().CorrelationId,
                });
                await db.SaveChangesAsync(ctx.CancellationToken);
            }
            return Payload.Ok("report", report);
        }, ctx.CancellationToken);
    }

    private static ReportOutOfDateResult Failed(object error) => new(false, [error]);

    private static bool LooksLikeEmail(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return email.Length <= MaxEmailLength && at > 0 && at < email.Length - 1 && !email.Any(char.IsWhiteSpace)
               && email.IndexOf('@', at + 1) < 0;
    }
}
