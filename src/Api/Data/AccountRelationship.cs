namespace RightHelp.Api.Data;

/// <summary>What an Identity account is to us, and so what it may reach.</summary>
public enum AccountRelationship
{
    /// <summary>A parent or carer: their family's plans, meetings, team and questions.</summary>
    ParentOrCarer,

    /// <summary>A child or young person: plans where they are the subject.</summary>
    YoungPerson,

    /// <summary>A practitioner or manager (the <see cref="Worker"/> says which).</summary>
    Worker,

    /// <summary>Someone at a partner organisation who keeps its directory listings current.</summary>
    PartnerMember,

    /// <summary>A directory and content editor; not tied to a family or organisation.</summary>
    Editor,
}
