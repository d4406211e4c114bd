namespace RightHelp.Api.Data;

/// <summary>
/// Ties an Identity account (<c>iss</c> + <c>sub</c>) to what it may reach here. The Api never
/// trusts a family id from a token: access follows these rows, which staff create when they
/// invite someone.
/// </summary>
public class AccountLink
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string Issuer { get; set; } = "";

    public string Subject { get; set; } = "";

    public AccountRelationship Relationship { get; set; }

    /// <summary>Set for <see cref="AccountRelationship.ParentOrCarer"/> and <see cref="AccountRelationship.YoungPerson"/>.</summary>
    public Guid? PersonId { get; set; }

    public Person? Person { get; set; }

    /// <summary>Set for <see cref="AccountRelationship.Worker"/>.</summary>
    public Guid? WorkerId { get; set; }

    public Worker? Worker { get; set; }

    /// <summary>Set for <see cref="AccountRelationship.PartnerMember"/>.</summary>
    public Guid? OrganizationId { get; set; }

    public Organization? Organization { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When access was withdrawn; a revoked link grants nothing.</summary>
    public DateTimeOffset? RevokedAt { get; set; }
}
