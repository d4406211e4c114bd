using Microsoft.EntityFrameworkCore;
using RightHelp.Api.Audit;
using RightHelp.Api.Authorization;
using RightHelp.Api.Data;
using RightHelp.Api.GraphQL;
using RightHelp.GraphQL.Execution;

namespace RightHelp.Api.CaseSystem;

/// <summary>
/// <c>upsertFamily</c>: the family and its members by the case system's references. Members the
/// case system leaves out are kept: removing a person is erasure, which is never done by a feed.
/// </summary>
public static class FamilyUpsert
{
    public static async Task<Payload> RunAsync(ResolveContext ctx)
    {
        var viewer = await ctx.ViewerAsync();
        if (viewer.Role != ViewerRole.CaseSystem)
        {
            return Payload.Failed("family", UserErrors.NotAllowed("Only a council's case system can send families."));
        }
        var source = CaseSystemSource.Of(viewer);
        var errors = new List<InputError>();
        var input = new CaseSystemInput(ctx.Input(), "", errors);
        var reference = input.Required("reference", 100, "Give the family's reference from your case system.");
        var name = input.Required("name", 200, "Give the name the family is known by, such as \"Harlow family\".");
        var localityName = input.Required("locality", 100, "Say which locality the family lives in, such as \"North\".");
        var people = input.List("people").Select(p => new
        {
            Input = p,
            Reference = p.Required("reference", 100, "Give this person's reference from your case system."),
            GivenName = p.Required("givenName", 100, "Give this person's first name."),
            FamilyName = p.Required("familyName", 100, "Give this person's last name."),
            Role = p.Choice("role", CaseSystemWords.Roles, required: true),
            Relationship = p.Optional("relationship", 100),
            DateOfBirth = p.Date("dateOfBirth", "a date of birth"),
            Email = p.Email("email"),
        }).ToList();
        var today = DateOnly.FromDateTime(ctx.GetService<TimeProvider>().GetUtcNow().UtcDateTime);
        for (var i = 0; i < people.Count; i++)
        {
            if (people[i].DateOfBirth > today)
            {
                people[i].Input.Problem("dateOfBirth", "The date of birth is in the future. Check the date.");
            }
            if (people[i].Reference.Length > 0 && people.Take(i).Any(p => p.Reference == people[i].Reference))
            {
                people[i].Input.Problem("reference", $"\"{people[i].Reference}\" is given for two people. Each person needs their own reference.");
            }
        }

        var now = ctx.GetService<TimeProvider>().GetUtcNow();
        return await ctx.Database().RunAsync(db => UniqueViolation.RetryOnceAsync(db, async () =>
        {
            var localities = await db.Localities.AsNoTracking().OrderBy(l => l.Name).ToListAsync(ctx.CancellationToken);
            var locality = localities.FirstOrDefault(l => string.Equals(l.Name, localityName, StringComparison.OrdinalIgnoreCase)
                                                         || string.Equals(l.Slug, localityName, StringComparison.OrdinalIgnoreCase));
            if (locality is null && localityName.Length > 0)
            {
                input.Problem("locality", $"We do not know a locality called \"{localityName}\". Use one of: {string.Join(", ", localities.Select(l => $"\"{l.Name}\""))}.");
            }
            var family = await db.Families.Include(f => f.Members)
                .FirstOrDefaultAsync(f => f.ExternalSource == source && f.ExternalReference == reference, ctx.CancellationToken);
            var references = people.Select(p => p.Reference).ToList();
            var familyId = family?.Id;
            var elsewhere = await db.People.AsNoTracking()
                .Where(p => p.ExternalSource == source && references.Contains(p.ExternalReference!) && p.FamilyId != familyId)
                .Select(p => p.ExternalReference!).ToListAsync(ctx.CancellationToken);
            foreach (var person in people.Where(p => elsewhere.Contains(p.Reference)))
            {
                person.Input.Problem("reference", $"\"{person.Reference}\" is already in another family in Right Help. A person cannot be moved by the feed: ask the Right Help team to move them.");
            }
            if (errors.Count > 0)
            {
                return new Payload("family", null, errors);
            }

            if (family is null)
            {
                family = new Family { ExternalSource = source, ExternalReference = reference, CreatedAt = now };
                db.Families.Add(family);
            }
            family.DisplayName = name;
            family.LocalityId = locality!.Id;
            foreach (var given in people)
            {
                var person = family.Members.FirstOrDefault(m => m.ExternalSource == source && m.ExternalReference == given.Reference);
                if (person is null)
                {
                    person = new Person { FamilyId = family.Id, ExternalSource = source, ExternalReference = given.Reference };
                    family.Members.Add(person);
                }
                person.GivenName = given.GivenName;
                person.FamilyName = given.FamilyName;
                person.Role = given.Role!.Value;
                person.RelationshipDescription = given.Relationship;
                person.DateOfBirth = given.DateOfBirth;
                person.Email = given.Email;
            }
            await ctx.GetService<AuditTrail>().RecordAsync(db, viewer, [new AuditEntry("family.upsert", "Family", family.Id, family.Id)], ctx.CancellationToken);
            return Payload.Ok("family", new CaseSystemFamily(
                GlobalId.Encode("Family", family.Id), reference, name, locality.Name,
                [.. family.Members.Where(m => m.ExternalSource == source).OrderBy(m => m.ExternalReference)
                    .Select(m => new CaseSystemPerson(GlobalId.Encode("Person", m.Id), m.ExternalReference!))]));
        }), ctx.CancellationToken);
    }
}
