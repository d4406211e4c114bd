using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using RightHelp.Api.Authentication;
using RightHelp.Api.Data;

namespace RightHelp.Api.Authorization;

/// <summary>
/// Turns a signed-in principal into a <see cref="Viewer"/> by the account's link rows. A role
/// claim alone grants nothing that touches a family: reach comes from links and caseloads.
/// </summary>
public static class ViewerFactory
{
    public static async Task<Viewer> CreateAsync(ClaimsPrincipal? principal, PortalDbContext db, CancellationToken cancellationToken)
    {
        if (principal?.Identity?.IsAuthenticated != true)
        {
            return Viewer.Anonymous;
        }
        var issuer = principal.FindFirstValue(PortalClaims.Issuer) ?? principal.Claims.FirstOrDefault()?.Issuer ?? "";
        var subject = principal.FindFirstValue(PortalClaims.Subject) ?? principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var scopes = principal.FindAll(PortalClaims.Scope)
            .SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToHashSet(StringComparer.Ordinal);
        var roles = principal.FindAll(PortalClaims.Role).Concat(principal.FindAll(ClaimTypes.Role)).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var basis = new Viewer { Issuer = issuer, Subject = subject, Scopes = scopes };
        if (subject.Length == 0)
        {
            return Viewer.Anonymous;
        }

        var link = await db.AccountLinks.AsNoTracking()
            .Where(l => l.Issuer == issuer && l.Subject == subject && l.RevokedAt == null)
            .OrderBy(l => l.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (link is null)
        {
            // Machine clients have no account: the client credentials grant puts the client id in sub.
            var isClient = principal.FindFirstValue(PortalClaims.ClientId) == subject && roles.Count == 0;
            return isClient && scopes.Contains(PortalClaims.PlansWrite)
                ? basis with { Role = ViewerRole.CaseSystem }
                : Viewer.Anonymous;
        }

        // Staff reach many families, so Identity makes them use a second factor; a token without
        // one (however it was obtained) is not enough to act as staff here.
        var multiFactor = principal.FindFirstValue(PortalClaimTypes.AuthenticationContext) == PortalClaimTypes.MultiFactor;
        if (link.Relationship is AccountRelationship.Worker or AccountRelationship.Editor && !multiFactor)
        {
            return Viewer.Anonymous;
        }

        switch (link.Relationship)
        {
            case AccountRelationship.ParentOrCarer or AccountRelationship.YoungPerson when link.PersonId is { } personId:
                var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId, cancellationToken);
                if (person is null)
                {
                    return Viewer.Anonymous;
                }
                return basis with
                {
                    Role = link.Relationship == AccountRelationship.YoungPerson ? ViewerRole.YoungPerson : ViewerRole.ParentOrCarer,
                    PersonId = person.Id,
                    FamilyIds = new HashSet<Guid> { person.FamilyId },
                };
            case AccountRelationship.Worker when link.WorkerId is { } workerId:
                var worker = await db.Workers.AsNoTracking()
                    .Where(w => w.Id == workerId)
                    .Select(w => new
                    {
                        w.Id,
                        w.Role,
                        w.TeamName,
                        w.LocalityId,
                        Families = w.Caseload.Select(c => c.FamilyId).ToList(),
                        Localities = w.Localities.Select(l => l.LocalityId).ToList(),
                    })
                    .FirstOrDefaultAsync(cancellationToken);
                if (worker is null)
                {
                    return Viewer.Anonymous;
                }
                return basis with
                {
                    Role = worker.Role == WorkerRole.Manager ? ViewerRole.Manager : ViewerRole.Practitioner,
                    WorkerId = worker.Id,
                    TeamName = worker.TeamName,
                    FamilyIds = worker.Families.ToHashSet(),
                    LocalityIds = worker.Localities.Append(worker.LocalityId).ToHashSet(),
                };
            case AccountRelationship.PartnerMember when link.OrganizationId is { } organizationId:
                return basis with { Role = ViewerRole.Partner, OrganizationId = organizationId };
            case AccountRelationship.Editor:
                return basis with { Role = ViewerRole.Editor };
            default:
                return Viewer.Anonymous;
        }
    }
}
