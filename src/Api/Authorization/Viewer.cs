using RightHelp.Api.Data;

namespace RightHelp.Api.Authorization;

/// <summary>
/// Who is asking, as the Api's own records say (never a family id from a token): the account's
/// link to a person, worker or organisation, the families it reaches and the localities it covers.
/// </summary>
public sealed record Viewer
{
    public static Viewer Anonymous { get; } = new();

    public ViewerRole Role { get; init; } = ViewerRole.Anonymous;
    public string Issuer { get; init; } = "";
    public string Subject { get; init; } = "";
    public IReadOnlySet<string> Scopes { get; init; } = new HashSet<string>();

    /// <summary>The family member behind a parent or young person account.</summary>
    public Guid? PersonId { get; init; }
    public Guid? WorkerId { get; init; }
    public string? TeamName { get; init; }
    public Guid? OrganizationId { get; init; }

    /// <summary>Families a parent or young person belongs to, or a practitioner has on caseload.</summary>
    public IReadOnlySet<Guid> FamilyIds { get; init; } = new HashSet<Guid>();

    /// <summary>Localities a worker covers (a manager's aggregates and feedback).</summary>
    public IReadOnlySet<Guid> LocalityIds { get; init; } = new HashSet<Guid>();

    public bool IsSignedIn => Role != ViewerRole.Anonymous;
    public bool IsFamilyMember => Role is ViewerRole.ParentOrCarer or ViewerRole.YoungPerson;
    public bool IsStaff => Role is ViewerRole.Practitioner or ViewerRole.Manager;

    public bool HasScope(string scope) => Scopes.Contains(scope);

    /// <summary>Family members and practitioners reach only their families; nobody else reaches any.</summary>
    public bool MayReachFamily(Guid familyId)
        => Role is ViewerRole.ParentOrCarer or ViewerRole.YoungPerson or ViewerRole.Practitioner or ViewerRole.Manager
           && FamilyIds.Contains(familyId);

    /// <summary>A young person sees only plans about them; parents and staff see every plan of the family.</summary>
    public bool MaySeePlan(Guid familyId, Guid subjectPersonId)
        => MayReachFamily(familyId) && (Role != ViewerRole.YoungPerson || subjectPersonId == PersonId);

    public bool MaySeeAudience(Audience audience) => Role switch
    {
        ViewerRole.ParentOrCarer => audience is Audience.Everyone or Audience.ParentsAndCarers,
        ViewerRole.YoungPerson => audience is Audience.Everyone or Audience.YoungPerson,
        ViewerRole.Practitioner or ViewerRole.Manager => true,
        _ => false,
    };

    /// <summary>How the audit log names the actor's role.</summary>
    public string AuditRole => Role switch
    {
        ViewerRole.ParentOrCarer => "parent",
        ViewerRole.YoungPerson => "young_person",
        ViewerRole.Partner => "partner",
        ViewerRole.Practitioner => "practitioner",
        ViewerRole.Manager => "manager",
        ViewerRole.Editor => "editor",
        ViewerRole.CaseSystem => "case_system",
        _ => "anonymous",
    };
}
