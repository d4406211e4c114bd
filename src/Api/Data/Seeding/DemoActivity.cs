using System.Text.Json;

namespace RightHelp.Api.Data.Seeding;

/// <summary>
/// A little history so the demo screens are not empty: a school's shortlist, a partner edit
/// waiting for moderation, an out-of-date report, and who has looked at family A's plan.
/// </summary>
public static class DemoActivity
{
    public static void AddTo(DemoDataSet set)
    {
        var shortlist = DemoIds.For("shortlist:oak-lane:1");
        set.Add(new Shortlist
        {
            Id = shortlist,
            PublicToken = DemoIds.Token("shortlist:oak-lane:1"),
            Title = "Help for your family",
            Note = "Here are a few places that could help. You can contact any of them yourself; you don't need to go through school.",
            CreatedBySubject = DemoAccounts.SchoolSubject,
            OrganizationId = DemoAccountLinks.OakLanePrimary,
            CreatedAt = set.Now.AddDays(-3),
            ExpiresAt = set.Now.AddDays(87),
        });
        var position = 0;
        foreach (var service in new[] { "triple-p", "benefits-advice", "worry-busters" })
        {
            set.Add(new ShortlistItem
            {
                Id = DemoIds.For($"shortlist-item:oak-lane:1:{service}"),
                ShortlistId = shortlist,
                ServiceId = DemoDirectory.ServiceId(service),
                Position = ++position,
            });
        }

        set.Add(new ListingChange
        {
            Id = DemoIds.For("listing-change:oak-lane-nurture:1"),
            ServiceId = DemoDirectory.ServiceId("oak-lane-nurture"),
            OrganizationId = DemoAccountLinks.OakLanePrimary,
            Proposed = JsonDocument.Parse("""
                {
                  "name": "Oak Lane Nurture Room",
                  "description": "A small nurture group in school for children who find the classroom hard: calm space, breakfast, and work on feelings and friendships. Now also open on Friday afternoons.",
                  "schedules": [{ "byday": "MO,TU,WE,TH,FR", "opens_at": "08:45", "closes_at": "15:00" }]
                }
                """),
            Status = ModerationStatus.Pending,
            SubmittedBySubject = DemoAccounts.SchoolSubject,
            SubmittedByName = "Designated safeguarding lead, Oak Lane Primary",
            SubmittedAt = set.Now.AddDays(-2),
        });

        set.Add(new OutOfDateReport
        {
            Id = DemoIds.For("out-of-date:naloxone:1"),
            ServiceId = DemoDirectory.ServiceId("naloxone"),
            Details = "The Saturday session stopped in the summer. The phone number goes to voicemail.",
            Status = ReportStatus.Open,
            CreatedAt = set.Now.AddDays(-6),
        });

        Audit(set, 1, DemoAccounts.WorkerSubject, "practitioner", "North Family Safeguarding Team", 9);
        Audit(set, 2, DemoAccounts.ManagerSubject, "manager", "North and East Family Safeguarding", 7);
        Audit(set, 3, DemoAccounts.ParentSubject, "parent", null, 5);
    }

    private static void Audit(DemoDataSet set, int number, string subject, string role, string? team, int daysAgo)
        => set.Add(new AuditEvent
        {
            Id = DemoIds.For($"audit:harlow:{number}"),
            OccurredAt = set.Now.AddDays(-daysAgo),
            ActorIssuer = DemoAccounts.Issuer,
            ActorSubject = subject,
            ActorRole = role,
            ActorTeam = team,
            Action = "plan.read",
            EntityType = "Plan",
            EntityId = DemoFamiliesNorth.HarlowPlan,
            FamilyId = DemoFamiliesNorth.HarlowFamily,
            Reason = "demo data",
            CorrelationId = $"demo-{number}",
        });
}
