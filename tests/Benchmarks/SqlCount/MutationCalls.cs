using RightHelp.Api.Data.Seeding;

namespace RightHelp.Benchmarks.SqlCount;

/// <summary>
/// Variables for each mutation the Portal sends, in the shapes its pages send them (src/Portal/Api/**),
/// over demo records: Family A (the Harlows) for the family and practitioner forms, the one pending listing
/// change and the one unpublished response for the editor's and manager's. Unlike a query's, a mutation's
/// variables cannot be guessed from its types, so each is written here; a new mutation without an entry is
/// reported as not counted, with that reason.
/// </summary>
public static class MutationCalls
{
    /// <summary>Where the ids come from: the key they are found under, the global id type, and the SQL.</summary>
    public static readonly (string Key, string Type, string Sql)[] IdSources =
    [
        ("Family", "Family", $"SELECT '{DemoFamiliesNorth.HarlowFamily}'::uuid"),
        ("Plan", "Plan", $"SELECT id FROM plans WHERE family_id = '{DemoFamiliesNorth.HarlowFamily}' ORDER BY started_on DESC"),
        ("Meeting", "Meeting", $"SELECT id FROM meetings WHERE family_id = '{DemoFamiliesNorth.HarlowFamily}' ORDER BY starts_at DESC"),
        ("UnansweredQuestion", "Question", "SELECT id FROM questions WHERE answer IS NULL ORDER BY asked_at"),
        ("Service", "Service", "SELECT id FROM services ORDER BY id LIMIT 3"),
        // A partner proposes changes to their own organisation's services: those that already have proposals first.
        ("PartnerService", "Service", "SELECT s.id FROM services s WHERE s.organization_id IN (SELECT organization_id FROM listing_changes) ORDER BY s.id LIMIT 3"),
        ("Feedback", "Feedback", "SELECT id FROM feedback ORDER BY created_at DESC LIMIT 5"),
        // Feedback not yet answered in the demo practitioner's and manager's locality: one response may answer several.
        ("OpenNorthFeedback", "Feedback", $"SELECT id FROM feedback WHERE locality_id = '{DemoLocalities.North}' AND status <> 'Responded' ORDER BY created_at DESC LIMIT 3"),
        ("PendingChange", "ListingChange", "SELECT id FROM listing_changes WHERE status = 'Pending' ORDER BY submitted_at"),
        ("UnpublishedResponse", "FeedbackResponse", "SELECT id FROM feedback_responses WHERE published_at IS NULL ORDER BY created_at"),
    ];

    /// <summary>The variable sets to try for a mutation, or null when none is written here.</summary>
    public static IReadOnlyList<Dictionary<string, object?>>? For(string mutation, IReadOnlyDictionary<string, List<string>> ids)
    {
        List<string> Ids(string key) => ids.GetValueOrDefault(key, []);
        static Dictionary<string, object?> Input(object input) => new(StringComparer.Ordinal) { ["input"] = input };
        var soon = DateTimeOffset.UtcNow.AddDays(7);
        return mutation switch
        {
            "ReportOutOfDate" => [.. Ids("Service").Select(s => Input(new { serviceId = s, whatIsWrong = "The phone number no longer works.", email = (string?)null }))],
            "CreateShortlist" => [Input(new { serviceIds = Ids("Service").ToArray() })],
            "AskQuestion" => [.. Ids("Plan").Take(1).Select(p => Input(new { familyId = Ids("Family")[0], planId = p, text = "When is the next meeting?" }))],
            "MarkPlanSeen" => [.. Ids("Plan").Select(p => new Dictionary<string, object?>(StringComparer.Ordinal) { ["id"] = p })],
            "GiveMeetingViews" => [.. Ids("Meeting").Select(m => Input(new
            {
                meetingId = m, goingWell = "School mornings are calmer.", worries = "Money.", whatIWant = "More help at weekends.",
                feelingAtHome = 4, feelingAtSchool = 3, feelingAboutHelp = 4,
            }))],
            "SubmitFeedback" => [Input(new
            {
                explainedClearly = 4, involvedInPlanning = 5, listenedTo = 4, happyWithHelp = 5,
                text = "Our worker explained everything clearly and listened to us.", anonymous = false,
            })],
            "PublishPlanVersion" => [.. Ids("Plan").Select(p => Input(new
            {
                planId = p,
                changeNote = "Updated after the review meeting.",
                sections = new[]
                {
                    new { key = "WHAT_WE_ARE_WORRIED_ABOUT", audience = "EVERYONE", markdown = "Mornings before school are hard." },
                    new { key = "WHAT_IS_WORKING_WELL", audience = "EVERYONE", markdown = "Dad walks the children to school." },
                    new { key = "WHAT_NEEDS_TO_HAPPEN", audience = "EVERYONE", markdown = "A calm morning routine." },
                    new { key = "WHAT_HAPPENS_IF_NOTHING_CHANGES", audience = "EVERYONE", markdown = "School places may be at risk." },
                },
                actions = new[]
                {
                    new { who = "Dad", what = "Set out school clothes the night before.", byWhen = (string?)null, status = "IN_PROGRESS", audience = "EVERYONE" },
                    new { who = "Worker", what = "Find a parenting course.", byWhen = (string?)DateOnly.FromDateTime(soon.UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), status = "NOT_STARTED", audience = "EVERYONE" },
                },
            }))],
            "ScheduleMeeting" => [Input(new
            {
                familyId = Ids("Family")[0], planId = Ids("Plan").FirstOrDefault(), kind = "CORE_GROUP",
                startsAt = soon.ToString("O"), endsAt = soon.AddHours(1).ToString("O"),
                location = "Family hub, North Street", onlineLink = (string?)null, purpose = "Review the plan together.",
            })],
            "AnswerQuestion" => [.. Ids("UnansweredQuestion").Select(q => Input(new { questionId = q, answer = "The next meeting is on Tuesday." }))],
            "MarkFeedbackRead" => [.. Ids("Feedback").Select(f => Input(new { feedbackId = f }))],
            // Several items at once, as the staff page sends when more than one is ticked; then each alone.
            "RespondToFeedback" => [.. new[] { Ids("OpenNorthFeedback") }.Concat(Ids("Feedback").Select(f => new List<string> { f })).Where(f => f.Count > 0)
                .Select(f => Input(new { feedbackIds = f.ToArray(), text = "We now send the plan a week before each meeting." }))],
            "PublishResponse" => [.. Ids("UnpublishedResponse").Select(r => Input(new { responseId = r }))],
            "Propose" => [.. Ids("PartnerService").Concat(Ids("Service")).Select(s => Input(new
            {
                serviceId = s, name = "Homework club", description = "A quiet place to do homework after school, with help.",
                eligibility = (string?)null, howToRefer = "Drop in, or ask the school office.", email = "club@example.org", phone = (string?)null, url = (string?)null,
            }))],
            "Approve" => [.. Ids("PendingChange").Select(c => new Dictionary<string, object?>(StringComparer.Ordinal) { ["id"] = c })],
            "Reject" => [.. Ids("PendingChange").Select(c => new Dictionary<string, object?>(StringComparer.Ordinal) { ["id"] = c, ["reason"] = "Please add how to refer." })],
            _ => null,
        };
    }
}
