using RightHelp.Api.Data;
using RightHelp.Api.YouSaidWeDid;

namespace RightHelp.Api.Tests.YouSaidWeDid;

/// <summary>
/// The people and places the feedback tests need, added to an empty migrated database: North,
/// South and East; the Harlow family in North; a practitioner in North, one in South; a manager
/// covering North and East, and one covering South. Fictional names.
/// </summary>
public sealed class FeedbackWorld
{
    private const string Issuer = "https://identity.example.test";

    public Locality North { get; } = Place("North");
    public Locality South { get; } = Place("South");
    public Locality East { get; } = Place("East");
    public Family Harlows { get; private set; } = null!;
    public Person Jordan { get; private set; } = null!;
    public Person Kelly { get; private set; } = null!;
    public Worker Priya { get; private set; } = null!;
    public Worker Tomasz { get; private set; } = null!;
    public Worker Sam { get; private set; } = null!;
    public Worker Ola { get; private set; } = null!;

    public FeedbackSubmitter JordanNamed => FeedbackSubmitter.Named(Jordan.Id, JordanActor);
    public FeedbackActor JordanActor => new(Issuer, "sub-jordan", "young-person");
    public StaffMember PriyaStaff => Staff(Priya, "practitioner");
    public StaffMember TomaszStaff => Staff(Tomasz, "practitioner");
    public StaffMember SamStaff => Staff(Sam, "manager");
    public StaffMember OlaStaff => Staff(Ola, "manager");

    public static async Task<FeedbackWorld> CreateAsync(FeedbackHost host)
    {
        var world = new FeedbackWorld();
        await host.DbAsync(async db =>
        {
            db.Localities.AddRange(world.North, world.South, world.East);
            world.Harlows = new Family { DisplayName = "Harlow family", LocalityId = world.North.Id, CreatedAt = DateTimeOffset.UtcNow };
            world.Jordan = new Person { FamilyId = world.Harlows.Id, Role = PersonRole.ChildOrYoungPerson, GivenName = "Jordan", FamilyName = "Harlow" };
            world.Kelly = new Person { FamilyId = world.Harlows.Id, Role = PersonRole.ParentOrCarer, GivenName = "Kelly", FamilyName = "Harlow", RelationshipDescription = "Mum" };
            db.Families.Add(world.Harlows);
            db.People.AddRange(world.Jordan, world.Kelly);
            world.Priya = Worker("Priya", "Natt", WorkerRole.Practitioner, world.North);
            world.Tomasz = Worker("Tomasz", "Wren", WorkerRole.Practitioner, world.South);
            world.Sam = Worker("Sam", "Okonedo", WorkerRole.Manager, world.North);
            world.Sam.Localities.Add(new WorkerLocality { LocalityId = world.East.Id });
            world.Ola = Worker("Ola", "Brennan", WorkerRole.Manager, world.South);
            db.Workers.AddRange(world.Priya, world.Tomasz, world.Sam, world.Ola);
            return await db.SaveChangesAsync();
        });
        return world;
    }

    private static Locality Place(string name) => new() { Name = name, Slug = name.ToLowerInvariant(), HubName = name + " Family Hub" };

    private static Worker Worker(string given, string family, WorkerRole role, Locality locality) => new()
    {
        GivenName = given,
        FamilyName = family,
        Role = role,
        LocalityId = locality.Id,
        JobTitle = role == WorkerRole.Manager ? "Team manager" : "Social worker",
        TeamName = locality.Name + " team",
        Email = $"{given.ToLowerInvariant()}@example.test",
    };

    private static StaffMember Staff(Worker worker, string role) => new(worker.Id, new FeedbackActor(Issuer, "sub-" + worker.GivenName.ToLowerInvariant(), role, worker.TeamName));
}
