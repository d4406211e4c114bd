namespace RightHelp.Api.Tests.AccessMatrix;

/// <summary>
/// Everything the matrix asks about: every Query and Mutation field and every type that implements
/// Node, read from schema.graphql (so a new field is a new case), then a few records that must stay
/// out of reach (family B's plan, a closed listing) and every HTTP endpoint besides /graphql.
/// </summary>
public static class MatrixTargets
{
    public static IReadOnlyList<MatrixTarget> All { get; } = Build();

    public static MatrixTarget Find(string name) => All.Single(t => t.Name == name);

    /// <summary>The value of an argument or input field the schema alone cannot choose: ids of the fixture's records, and text a validator wants.</summary>
    public static Func<string, string?> FixtureValue(MatrixIds ids, MatrixRole role) => coordinate => coordinate switch
    {
        "Query.plan.id" or "MarkPlanSeenInput.planId" or "PublishPlanVersionInput.planId" => Q(ids.PlanA),
        "Query.meeting.id" or "GiveMeetingViewsInput.meetingId" => Q(ids.MeetingA),
        "Query.question.id" or "AnswerQuestionInput.questionId" => Q(ids.QuestionA),
        "Query.service.id" or "ReportOutOfDateInput.serviceId" => Q(ids.Service),
        "Query.shortlist.token" => Q(ids.ShortlistToken),
        "Query.locality.slug" => Q("north"),
        "Query.findLocality.place" => Q("HW3"),
        "AskQuestionInput.familyId" or "ScheduleMeetingInput.familyId" => Q(ids.FamilyA),
        "GiveMeetingViewsInput.worries" => Q("Nobody asked me what I think."),
        "ScheduleMeetingInput.startsAt" => Q("2030-01-10T10:00:00Z"),
        "ScheduleMeetingInput.endsAt" => Q("2030-01-10T11:00:00Z"),
        "ScheduleMeetingInput.location" => Q("North hub"),
        // Feedback with a name can come only from a family member; everyone else gives it anonymously.
        "SubmitFeedbackInput.anonymous" => role is MatrixRole.ParentA or MatrixRole.ParentB or MatrixRole.YoungPersonA ? "false" : "true",
        "MarkFeedbackReadInput.feedbackId" => Q(ids.FeedbackA),
        "RespondToFeedbackInput.feedbackIds" => $"[{Q(ids.FeedbackA)}]",
        "PublishResponseInput.responseId" => Q(ids.ResponsesToPublish[role]),
        "CreateShortlistInput.serviceIds" => $"[{Q(ids.Service)}]",
        "ProposeListingChangeInput.serviceId" or "ConfirmListingCorrectInput.serviceId" => Q(ids.PartnerService),
        "ProposeListingChangeInput.description" => Q("Stay and play for babies and toddlers, every Tuesday in term time."),
        "ResolveOutOfDateReportInput.id" => Q(ids.Report),
        "ApproveListingChangeInput.id" => Q(ids.ChangesToApprove[role]),
        "RejectListingChangeInput.id" => Q(ids.ChangesToReject[role]),
        // The case system's records are its own references; each role sends its own, so a wrongly allowed
        // call cannot be hidden by another role's record already being there.
        "Mutation.upsertFamily.input" => $$"""{ reference: "MATRIX-FAMILY-{{role}}", name: "Matrix family", locality: "north", people: [{ reference: "MATRIX-PARENT-{{role}}", givenName: "Robin", familyName: "Matrix", role: "parent" }] }""",
        "Mutation.upsertPlan.input" => $$"""{ reference: "MATRIX-PLAN-{{role}}", familyReference: "MATRIX-FAMILY", kind: "early help", subjectReferences: ["MATRIX-CHILD"], leadWorkerEmail: "worker@example.test", version: { changeNote: "Agreed at the meeting", sections: [{ heading: "What we are worried about", markdown: "Ash has missed school.", audience: "everyone" }], actions: [] } }""",
        "Mutation.upsertMeeting.input" => $$"""{ reference: "MATRIX-MEETING-{{role}}", familyReference: "MATRIX-FAMILY", kind: "core group", startsAt: "2031-06-03T10:30:00Z", endsAt: "2031-06-03T11:30:00Z", place: "North hub", purpose: "To check how the plan is going.", attendees: [] }""",
        _ => null,
    };

    private static string Q(string value) => DocumentWriter.Quote(value);

    private static List<MatrixTarget> Build()
    {
        var sdl = SdlModel.Portal;
        var targets = new List<MatrixTarget>();
        foreach (var root in new[] { "Query", "Mutation" })
        {
            foreach (var field in sdl.Fields(root).Select(f => f.Name.Value))
            {
                if (root == "Query" && field == "node")
                {
                    continue;
                }
                var returnType = SdlModel.NamedType(sdl.Field(root, field).Type);
                targets.Add(new($"{root}.{field}", (ids, role) =>
                    MatrixRequest.GraphQL(new DocumentWriter(sdl, FixtureValue(ids, role)).Operation(root, field), field, returnType)));
            }
        }
        foreach (var type in sdl.Implementations("Node"))
        {
            targets.Add(new($"node:{type}", (ids, role) => Node(sdl, ids, role, type, NodeId(ids, type))));
        }

        targets.Add(new("node:Plan of family B", (ids, role) => Node(sdl, ids, role, "Plan", ids.PlanB)));
        targets.Add(new("node:Service closed listing", (ids, role) => Node(sdl, ids, role, "Service", ids.ClosedService)));
        targets.Add(new("Query.plan of family B", (ids, role) => Field(sdl, ids, role, "plan", "Plan", $"id: {Q(ids.PlanB)}")));
        targets.Add(new("Query.service closed listing", (ids, role) => Field(sdl, ids, role, "service", "Service", $"id: {Q(ids.ClosedService)}")));

        Get("GET /oruk/", _ => "/oruk/");
        Get("GET /oruk/services", _ => "/oruk/services");
        Get("GET /oruk/services/{id}", ids => $"/oruk/services/{ids.ServiceId}");
        Get("GET /oruk/services/{id} closed listing", ids => $"/oruk/services/{ids.ClosedServiceId}");
        Get("GET /oruk/service_at_locations", _ => "/oruk/service_at_locations");
        Get("GET /oruk/service_at_locations/{id}", ids => $"/oruk/service_at_locations/{ids.ServiceAtLocationId}");
        Get("GET /oruk/taxonomies", _ => "/oruk/taxonomies");
        Get("GET /oruk/taxonomies/{id}", ids => $"/oruk/taxonomies/{ids.TaxonomyId}");
        Get("GET /oruk/taxonomy_terms", _ => "/oruk/taxonomy_terms");
        Get("GET /oruk/taxonomy_terms/{id}", ids => $"/oruk/taxonomy_terms/{ids.TaxonomyTermId}");
        Get("GET /meetings/{id}.ics with its link", ids => $"/meetings/{ids.MeetingAId}.ics?token={ids.MeetingACalendarToken}");
        Get("GET /meetings/{id}.ics without a link", ids => $"/meetings/{ids.MeetingAId}.ics");
        Get("GET /meetings/{id}.ics with another meeting's link", ids => $"/meetings/{ids.MeetingAId}.ics?token={ids.MeetingBCalendarToken}");
        Get("GET /directory/export.csv", _ => "/directory/export.csv");
        Get("GET /health/live", _ => "/health/live");
        Get("GET /health/ready", _ => "/health/ready");
        return targets;

        void Get(string name, Func<MatrixIds, string> path) => targets.Add(new(name, (ids, _) => MatrixRequest.Get(path(ids))));
    }

    private static MatrixRequest Node(SdlModel sdl, MatrixIds ids, MatrixRole role, string type, string id)
        => MatrixRequest.GraphQL(new DocumentWriter(sdl, FixtureValue(ids, role)).Node(type, id), "node", type, type);

    private static MatrixRequest Field(SdlModel sdl, MatrixIds ids, MatrixRole role, string field, string type, string arguments)
        => MatrixRequest.GraphQL($"query {{ {field}({arguments}) {new DocumentWriter(sdl, FixtureValue(ids, role)).Selection(type, DocumentWriter.Depth)} }}", field, type);

    private static string NodeId(MatrixIds ids, string type) => type switch
    {
        "Locality" => ids.LocalityNorth,
        "Service" => ids.Service,
        "Offer" => ids.Offer,
        "Family" => ids.FamilyA,
        "Plan" => ids.PlanA,
        "Meeting" => ids.MeetingA,
        "Question" => ids.QuestionA,
        "MyFeedback" or "FeedbackItem" => ids.FeedbackA,
        "StaffFeedbackResponse" => ids.ResponseA,
        _ => throw new InvalidOperationException($"The matrix has no record of type {type} to fetch through node(id:): add one to MatrixFixture and MatrixTargets.NodeId."),
    };
}
