using static RightHelp.Api.Tests.AccessMatrix.MatrixRole;

namespace RightHelp.Api.Tests.AccessMatrix;

/// <summary>
/// Who may do what, written from DESIGN section 3 (not from AuthorizationRules): for each target
/// the roles that succeed; every other role must be refused or see nothing. A target missing here
/// fails the matrix, so a new field cannot ship without a decision.
/// "Family A" is the Harlows: the parent, the young person (the plan's subject) and the
/// practitioner with them on caseload. The other practitioner works in the same locality.
/// </summary>
public static class ExpectedAccess
{
    private static readonly MatrixRole[] Everyone = Enum.GetValues<MatrixRole>();
    private static readonly MatrixRole[] SignedIn = [.. Everyone.Where(r => r != Anonymous)];
    private static readonly MatrixRole[] FamilyA = [ParentA, YoungPersonA, PractitionerWithA];
    private static readonly MatrixRole[] Staff = [PractitionerWithA, PractitionerWithoutA, Manager];
    private static readonly MatrixRole[] Nobody = [];

    public static IReadOnlyDictionary<string, MatrixRole[]> Table { get; } = new Dictionary<string, MatrixRole[]>
    {
        // Anonymous: public content, locality offers, public directory listings, published "we did".
        ["Query.localities"] = Everyone,
        ["Query.services"] = Everyone,
        ["Query.offers"] = Everyone,
        ["Query.youSaidWeDid"] = Everyone,
        ["Query.glossary"] = Everyone,
        ["Query.service"] = Everyone,
        ["Query.taxonomy"] = Everyone,
        ["Query.locality"] = Everyone,
        ["Query.findLocality"] = Everyone,
        // A shortlist holds services only, read by whoever has its secret link.
        ["Query.shortlist"] = Everyone,
        ["node:Locality"] = Everyone,
        ["node:Service"] = Everyone,
        ["node:Offer"] = Everyone,
        ["Query.service closed listing"] = Nobody,
        ["node:Service closed listing"] = Nobody,
        // Anyone may leave feedback, report a listing out of date or make a shortlist.
        ["Mutation.submitFeedback"] = Everyone,
        ["Mutation.reportOutOfDate"] = Everyone,
        ["Mutation.createShortlist"] = Everyone,
        // Who am I: any signed-in account, never anonymous.
        ["Query.me"] = SignedIn,

        // Family data: the family's parents, the young person for plans about them, the practitioner with the family on caseload.
        ["node:Family"] = FamilyA,
        ["Query.plan"] = FamilyA,
        ["node:Plan"] = FamilyA,
        ["Query.meeting"] = FamilyA,
        ["node:Meeting"] = FamilyA,
        ["Query.plan of family B"] = [ParentB],
        ["node:Plan of family B"] = [ParentB],
        // "Their questions": the parent who asked and the practitioner who must answer.
        ["Query.question"] = [ParentA, PractitionerWithA],
        ["node:Question"] = [ParentA, PractitionerWithA],
        // Parents ask questions and give views; the young person gives views before a meeting. A young
        // person asking their own worker is not in section 3; the Api allows it (only they and the
        // practitioner see the question) and the matrix records that decision.
        ["Mutation.askQuestion"] = [ParentA, YoungPersonA],
        ["Mutation.giveMeetingViews"] = [ParentA, YoungPersonA],
        ["Mutation.markPlanSeen"] = [ParentA, YoungPersonA],
        // Practitioners write and publish plans, schedule meetings and answer questions, for their caseload only.
        ["Mutation.answerQuestion"] = [PractitionerWithA],
        ["Mutation.publishPlanVersion"] = [PractitionerWithA],
        ["Mutation.scheduleMeeting"] = [PractitionerWithA],
        // The writer's plain-language check is a staff tool.
        ["Query.checkPlainLanguage"] = Staff,

        // Feedback: the person who gave it with their name sees theirs; practitioners answer feedback and
        // managers see all feedback in their localities. Feedback is not caseload data: staff covering its
        // locality read and answer it.
        ["node:MyFeedback"] = [ParentA],
        ["Query.feedback"] = Staff,
        ["node:FeedbackItem"] = Staff,
        ["node:StaffFeedbackResponse"] = Staff,
        ["Mutation.markFeedbackRead"] = Staff,
        ["Mutation.respondToFeedback"] = Staff,
        // Managers: aggregates for their localities, and they publish "we did".
        ["Query.feedbackSummary"] = [Manager],
        ["Mutation.publishResponse"] = [Manager],

        // Partners: their organisation's listings, edited through moderation; reports about them.
        ["Query.myListings"] = [Partner],
        ["Mutation.proposeListingChange"] = [Partner],
        ["Mutation.confirmListingCorrect"] = [Partner],
        ["Query.outOfDateReports"] = [Partner, Editor],
        ["Mutation.resolveOutOfDateReport"] = [Partner, Editor],
        // Editors: the moderation queue; they approve listings.
        ["Query.moderationQueue"] = [Editor],
        ["Mutation.approveListingChange"] = [Editor],
        ["Mutation.rejectListingChange"] = [Editor],

        // The council's case system sends families, plans and meetings; nobody else may, and it reads nothing back.
        ["Mutation.upsertFamily"] = [MatrixRole.CaseSystem],
        ["Mutation.upsertPlan"] = [MatrixRole.CaseSystem],
        ["Mutation.upsertMeeting"] = [MatrixRole.CaseSystem],

        // Open Referral UK: public, read-only, and only what the public directory shows.
        ["GET /oruk/"] = Everyone,
        ["GET /oruk/services"] = Everyone,
        ["GET /oruk/services/{id}"] = Everyone,
        ["GET /oruk/services/{id} closed listing"] = Nobody,
        ["GET /oruk/service_at_locations"] = Everyone,
        ["GET /oruk/service_at_locations/{id}"] = Everyone,
        ["GET /oruk/taxonomies"] = Everyone,
        ["GET /oruk/taxonomies/{id}"] = Everyone,
        ["GET /oruk/taxonomy_terms"] = Everyone,
        ["GET /oruk/taxonomy_terms/{id}"] = Everyone,
        ["GET /directory/export.csv"] = Everyone,
        // A meeting's calendar file: the secret link is the key, a bearer token adds nothing.
        ["GET /meetings/{id}.ics with its link"] = Everyone,
        ["GET /meetings/{id}.ics without a link"] = Nobody,
        ["GET /meetings/{id}.ics with another meeting's link"] = Nobody,
        ["GET /health/live"] = Everyone,
        ["GET /health/ready"] = Everyone,
    };

    /// <summary>
    /// Targets that read or write family data, and the allowed roles whose call touches some: each such
    /// call must leave an audit event. Null means every allowed role. <c>me</c> holds family data only
    /// for accounts with a family or a caseload; feedback given anonymously, or by someone who is not a
    /// family member, is stored with nothing that identifies anyone.
    /// </summary>
    public static IReadOnlyDictionary<string, MatrixRole[]?> FamilyData { get; } = new Dictionary<string, MatrixRole[]?>
    {
        ["Query.me"] = [ParentA, ParentB, YoungPersonA, PractitionerWithA, PractitionerWithoutA],
        ["node:Family"] = null,
        ["Query.plan"] = null,
        ["node:Plan"] = null,
        ["Query.meeting"] = null,
        ["node:Meeting"] = null,
        ["Query.question"] = null,
        ["node:Question"] = null,
        ["Query.plan of family B"] = null,
        ["node:Plan of family B"] = null,
        ["Mutation.askQuestion"] = null,
        ["Mutation.giveMeetingViews"] = null,
        ["Mutation.markPlanSeen"] = null,
        ["Mutation.answerQuestion"] = null,
        ["Mutation.publishPlanVersion"] = null,
        ["Mutation.scheduleMeeting"] = null,
        ["node:MyFeedback"] = null,
        ["Query.feedback"] = null,
        ["node:FeedbackItem"] = null,
        ["Mutation.markFeedbackRead"] = null,
        ["Mutation.respondToFeedback"] = null,
        ["Mutation.publishResponse"] = null,
        ["Mutation.submitFeedback"] = [ParentA, ParentB, YoungPersonA],
        ["GET /meetings/{id}.ics with its link"] = null,
        ["Mutation.upsertFamily"] = null,
        ["Mutation.upsertPlan"] = null,
        ["Mutation.upsertMeeting"] = null,
    };

    public static bool Allows(string target, MatrixRole role)
        => Table.TryGetValue(target, out var roles)
            ? roles.Contains(role)
            : throw new InvalidOperationException($"{target} has no row in ExpectedAccess: decide from DESIGN section 3 who may use it.");
}
