namespace RightHelp.Api.Data.Seeding;

/// <summary>Links the demo sign-ins (<see cref="DemoAccounts"/>) to the people, workers and organisation they act as.</summary>
public static class DemoAccountLinks
{
    public static readonly Guid OakLanePrimary = DemoDirectory.OrganizationId("oak-lane-primary");

    public static void AddTo(DemoDataSet set)
    {
        Link(set, DemoAccounts.ParentSubject, AccountRelationship.ParentOrCarer, person: DemoFamiliesNorth.KellyHarlow);
        Link(set, DemoAccounts.Parent2Subject, AccountRelationship.ParentOrCarer, person: DemoFamiliesSouth.DeanAshby);
        Link(set, DemoAccounts.YoungPersonSubject, AccountRelationship.YoungPerson, person: DemoFamiliesNorth.JordanHarlow);
        Link(set, DemoAccounts.WorkerSubject, AccountRelationship.Worker, worker: DemoWorkers.PriyaNatt);
        Link(set, DemoAccounts.ManagerSubject, AccountRelationship.Worker, worker: DemoWorkers.SamOkonedo);
        Link(set, DemoAccounts.SchoolSubject, AccountRelationship.PartnerMember, organization: OakLanePrimary);
        Link(set, DemoAccounts.EditorSubject, AccountRelationship.Editor);
    }

    private static void Link(DemoDataSet set, string subject, AccountRelationship relationship, Guid? person = null, Guid? worker = null, Guid? organization = null)
        => set.Add(new AccountLink
        {
            Id = DemoIds.For($"account-link:{subject}"),
            Issuer = DemoAccounts.Issuer,
            Subject = subject,
            Relationship = relationship,
            PersonId = person,
            WorkerId = worker,
            OrganizationId = organization,
            CreatedAt = set.Now.AddDays(-100),
        });
}
