using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using RightHelp.Api.Data;
using RightHelp.Api.Data.Seeding;
using RightHelp.Api.GraphQL;
using RightHelp.Api.Listings;
using RightHelp.Api.Tests.Infrastructure;
using RightHelp.TestSupport;

namespace RightHelp.Api.Tests.AccessMatrix;

/// <summary>
/// One seeded database and one real Api for a whole test class, with the records every role is
/// asked about. Records that come from a journey (feedback, responses, reports, shortlists) are
/// made through the Api itself; the rest are rows the seed lacks.
/// </summary>
public sealed class MatrixFixture : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;

    public MatrixApiServer Server { get; private set; } = null!;

    public MatrixIds Ids { get; private set; } = null!;

    public string ConnectionString => Database.ConnectionString;

    public async Task InitializeAsync()
    {
        Database = await PortalDatabase.CreateSeededAsync();
        var rows = await AddRowsAsync();
        Server = new MatrixApiServer(Database.ConnectionString);

        var feedbackA = await DataAsync(MatrixRole.ParentA, """
            mutation($locality: ID!) { submitFeedback(input: { text: "The access matrix says the meetings helped.", anonymous: false, listenedTo: 4, locality: $locality }) { feedback { id } errors { message } } }
            """, new { locality = GlobalId.Encode("Locality", DemoLocalities.North) }, "submitFeedback", "feedback", "id");
        // One response to read, and one per role for publishResponse, whose success is one-shot.
        var responses = new List<string>();
        for (var i = 0; i <= Enum.GetValues<MatrixRole>().Length; i++)
        {
            responses.Add(await DataAsync(MatrixRole.PractitionerWithA, """
                mutation($id: ID!) { respondToFeedback(input: { feedbackIds: [$id], text: "We now send the plan a week before the meeting." }) { response { id } errors { message } } }
                """, new { id = feedbackA }, "respondToFeedback", "response", "id"));
        }
        await DataAsync(MatrixRole.Anonymous, """
            mutation($id: ID!) { reportOutOfDate(input: { serviceId: $id, whatIsWrong: "The phone number has changed." }) { reported errors { message } } }
            """, new { id = rows.PartnerService }, "reportOutOfDate", "reported");
        // A family the case system sent, so upsertPlan and upsertMeeting have a family reference to use.
        await DataAsync(MatrixRole.CaseSystem, """
            mutation { upsertFamily(input: { reference: "MATRIX-FAMILY", name: "Matrix family", locality: "north",
              people: [{ reference: "MATRIX-PARENT", givenName: "Robin", familyName: "Matrix", role: "parent" },
                       { reference: "MATRIX-CHILD", givenName: "Ash", familyName: "Matrix", role: "young person", dateOfBirth: "2014-09-01" }] }) {
              family { id } errors { message } } }
            """, new { }, "upsertFamily", "family", "id");
        var shortlist = await DataAsync(MatrixRole.Anonymous, """
            mutation($id: ID!) { createShortlist(input: { serviceIds: [$id] }) { shortlist { token } errors { message } } }
            """, new { id = rows.Service }, "createShortlist", "shortlist", "token");

        // A second report, for resolveOutOfDateReport: the first stays open for outOfDateReports to list.
        await DataAsync(MatrixRole.Anonymous, """
            mutation($id: ID!) { reportOutOfDate(input: { serviceId: $id, whatIsWrong: "The opening times are wrong." }) { reported errors { message } } }
            """, new { id = rows.PartnerService }, "reportOutOfDate", "reported");
        Guid report;
        await using (var db = PortalDatabase.CreateContext(Database.ConnectionString))
        {
            report = await db.OutOfDateReports.OrderByDescending(r => r.CreatedAt).Select(r => r.Id).FirstAsync();
        }

        var roles = Enum.GetValues<MatrixRole>();
        Ids = rows with
        {
            Report = GlobalId.Encode("OutOfDateReport", report),
            FeedbackA = feedbackA,
            ResponseA = responses[0],
            ResponsesToPublish = roles.Select((r, i) => (r, responses[i + 1])).ToDictionary(x => x.r, x => x.Item2),
            ShortlistToken = shortlist,
        };
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        await Database.DisposeAsync();
    }

    /// <summary>Runs a document that must succeed and returns the string at <paramref name="path"/>.</summary>
    private async Task<string> DataAsync(MatrixRole role, string query, object variables, params string[] path)
    {
        var response = await Server.PostAsync(query, role, variables);
        var value = response.Ok();
        foreach (var step in path)
        {
            value = value.GetProperty(step);
        }
        Assert.True(value.ValueKind is System.Text.Json.JsonValueKind.String or System.Text.Json.JsonValueKind.True, response.Json);
        return value.ToString();
    }

    private async Task<MatrixIds> AddRowsAsync()
    {
        await using var db = PortalDatabase.CreateContext(Database.ConnectionString);
        var now = DateTimeOffset.UtcNow;

        db.AccountLinks.Add(new AccountLink
        {
            Issuer = DemoAccounts.Issuer,
            Subject = MatrixTokens.PractitionerWithoutASubject,
            Relationship = AccountRelationship.Worker,
            WorkerId = DemoWorkers.TomAldridge,
            CreatedAt = now,
        });
        var meetingA = new Meeting
        {
            FamilyId = DemoFamiliesNorth.HarlowFamily,
            PlanId = DemoFamiliesNorth.HarlowPlan,
            Kind = MeetingKind.CoreGroup,
            Status = MeetingStatus.Scheduled,
            StartsAt = now.AddDays(10),
            EndsAt = now.AddDays(10).AddHours(1),
            Location = "North hub",
            Purpose = "Check how the plan is going.",
            CalendarToken = Convert.ToHexString(RandomNumberGenerator.GetBytes(32)).ToLowerInvariant(),
            CreatedAt = now,
        };
        db.Meetings.Add(meetingA);
        var questionA = new Question
        {
            FamilyId = DemoFamiliesNorth.HarlowFamily,
            AskedById = DemoFamiliesNorth.KellyHarlow,
            WorkerId = DemoWorkers.PriyaNatt,
            Text = "Can the next meeting be after school?",
            AskedAt = now.AddDays(-1),
            PromisedReplyBy = now.AddDays(2),
        };
        db.Questions.Add(questionA);

        var meetingB = await db.Meetings.Where(m => m.FamilyId == DemoFamiliesSouth.AshbyFamily && m.CalendarToken != "").FirstAsync();
        var planB = await db.Plans.Where(p => p.FamilyId == DemoFamiliesSouth.AshbyFamily).Select(p => p.Id).FirstAsync();
        var active = await db.Services.Where(s => s.Status == ServiceStatus.Active).OrderBy(s => s.Id).ToListAsync();
        var partnerService = active.First(s => s.OrganizationId == DemoAccountLinks.OakLanePrimary);
        var others = active.Where(s => s.OrganizationId != DemoAccountLinks.OakLanePrimary).ToList();
        var service = others[0];
        var closed = others[1];
        closed.Status = ServiceStatus.TemporarilyClosed;
        var serviceAtLocation = await db.ServiceAtLocations.Where(x => x.ServiceId == service.Id).Select(x => x.Id).FirstAsync();
        var taxonomy = await db.Taxonomies.Select(t => t.Id).FirstAsync();
        var term = await db.TaxonomyTerms.Select(t => t.Id).FirstAsync();
        var offer = await db.Offers.Select(o => o.Id).FirstAsync();

        var roles = Enum.GetValues<MatrixRole>();
        var toReview = others.Skip(2).Take(roles.Length * 2).ToList();
        var changes = toReview.Select(s => new ListingChange
        {
            ServiceId = s.Id,
            OrganizationId = s.OrganizationId,
            Proposed = new ListingFields(s.Name, s.Description + " Now open on Saturdays.", "Anyone", s.HowToRefer, s.Email, null, s.Url).ToJson(),
            Status = ModerationStatus.Pending,
            SubmittedBySubject = "matrix-partner",
            SubmittedByName = "A partner",
            SubmittedAt = now,
        }).ToList();
        db.ListingChanges.AddRange(changes);
        await db.SaveChangesAsync();

        string Change(int i) => GlobalId.Encode("ListingChange", changes[i].Id);
        return new MatrixIds
        {
            FamilyA = GlobalId.Encode("Family", DemoFamiliesNorth.HarlowFamily),
            PlanA = GlobalId.Encode("Plan", DemoFamiliesNorth.HarlowPlan),
            PlanAId = DemoFamiliesNorth.HarlowPlan,
            PlanB = GlobalId.Encode("Plan", planB),
            MeetingA = GlobalId.Encode("Meeting", meetingA.Id),
            MeetingAId = meetingA.Id,
            MeetingACalendarToken = meetingA.CalendarToken,
            MeetingBCalendarToken = meetingB.CalendarToken,
            QuestionA = GlobalId.Encode("Question", questionA.Id),
            FeedbackA = "",
            ResponseA = "",
            LocalityNorth = GlobalId.Encode("Locality", DemoLocalities.North),
            Offer = GlobalId.Encode("Offer", offer),
            Service = GlobalId.Encode("Service", service.Id),
            ServiceId = service.Id,
            PartnerService = GlobalId.Encode("Service", partnerService.Id),
            ClosedService = GlobalId.Encode("Service", closed.Id),
            ClosedServiceId = closed.Id,
            ServiceAtLocationId = serviceAtLocation,
            TaxonomyId = taxonomy,
            TaxonomyTermId = term,
            ShortlistToken = "",
            ChangesToApprove = roles.Select((r, i) => (r, Change(i))).ToDictionary(x => x.r, x => x.Item2),
            ChangesToReject = roles.Select((r, i) => (r, Change(roles.Length + i))).ToDictionary(x => x.r, x => x.Item2),
            ResponsesToPublish = new Dictionary<MatrixRole, string>(),
        };
    }
}
