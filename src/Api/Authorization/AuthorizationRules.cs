using RightHelp.Api.CaseSystem;
using RightHelp.Api.Listings;

namespace RightHelp.Api.Authorization;

/// <summary>
/// Who may read each field of the schema, keyed by type and field. A field missing here is
/// refused (deny by default), and a test fails when any field of the schema has no rule, so a
/// new field cannot ship without someone deciding who sees it. Objects are checked too: a
/// family record is shown only to a viewer who reaches that family and only after an audited read.
/// </summary>
public sealed class AuthorizationRules
{
    private readonly Dictionary<(string Type, string Field), FieldPolicy> _rules = [];

    public static AuthorizationRules Portal { get; } = new AuthorizationRules()
        .Add("Query", Policies.Public, "node localities services offers youSaidWeDid glossary me")
        .Add("Query", Policies.SignedIn, "plan meeting question")
        .Add("Query", Policies.Staff, "checkPlainLanguage")
        .Add("Mutation", Policies.SignedIn, "askQuestion answerQuestion giveMeetingViews markPlanSeen publishPlanVersion scheduleMeeting")
        .Add("PageInfo", Policies.Public, "hasNextPage endCursor")
        .Add("Locality", Policies.Public, "id name slug summary hubName hubAddress hubPostcode hubOpeningTimes earlyHelpPhone earlyHelpEmail postcodeDistricts places")
        .Add("ServiceConnection", Policies.Public, "totalCount nodes pageInfo")
        .Add("Service", Policies.Public, "id name description organizationName url email isFree howToRefer lastVerifiedOn")
        .Add("OfferConnection", Policies.Public, "totalCount nodes pageInfo")
        .Add("Offer", Policies.Public, "id title description whoFor minimumAge maximumAge category cost isFree scheduleText venue howToJoin accessibility locality")
        .Add("YouSaidWeDidConnection", Policies.Public, "totalCount nodes pageInfo")
        .Add("YouSaidWeDid", Policies.Public, "id youSaid weDid theme localityName publishedAt")
        .Add("GlossaryTerm", Policies.Public, "term aliases explanation kinder")
        .Add("Me", Policies.SignedIn, "role families")
        .Add("Family", Policies.FamilyRecord, "id displayName locality plans nextMeeting meetings team questions")
        .Add("Plan", Policies.FamilyRecord, "id kind kindName status subjectName startedOn leadWorker version publishedAt sections actions changesSinceLastViewed viewLog")
        .Add("PlanSection", Policies.FamilyRecord, "key heading audience body")
        .Add("PlanSection", Policies.StaffFamilyRecord, "markdown")
        .Add("PlainText", Policies.FamilyRecord, "html text readingAge terms")
        .Add("ExplainedTerm", Policies.Public, "term explanation")
        .Add("PlanAction", Policies.FamilyRecord, "who what byWhen status audience")
        .Add("PlanChanges", Policies.FamilyRecord, "lastViewedVersion currentVersion sectionsChanged actionsAdded actionsChanged actionsDone")
        .Add("PlanViewEntry", Policies.FamilyRecord, "role team viewedAt")
        .Add("TeamMember", Policies.FamilyOrStaff, "name pronouns jobTitle team aboutMe email phone workingPattern leavingOn successor")
        .Add("Meeting", Policies.FamilyRecord, "id kind kindName kindExplanation startsAt endsAt location onlineLink purpose attendees calendarUrl views")
        .Add("MeetingAttendee", Policies.FamilyRecord, "name role")
        .Add("MeetingViews", Policies.FamilyRecord, "goingWell worries whatIWant feelingAtHome feelingAtSchool feelingAboutHelp updatedAt givenBy")
        .Add("Question", Policies.FamilyRecord, "id text askedAt promisedReplyBy answer answeredAt")
        .Add("PlainLanguageCheck", Policies.Staff, "readingAge grade longSentences unexplainedAbbreviations uncaringWords")
        .Add("UncaringWord", Policies.Staff, "word kinder")
        .Add("NotFound", Policies.Public, "message")
        .Add("NotYourFamily", Policies.Public, "message")
        .Add("NotAllowed", Policies.Public, "message")
        .Add("ValidationError", Policies.Public, "message field")
        // Payloads carry only what their mutation checked and audited; the objects inside have their own rules.
        .Add("AskQuestionPayload", Policies.Public, "question errors")
        .Add("AnswerQuestionPayload", Policies.Public, "question errors")
        .Add("GiveMeetingViewsPayload", Policies.Public, "views errors")
        .Add("MarkPlanSeenPayload", Policies.Public, "plan errors")
        .Add("PublishPlanVersionPayload", Policies.Public, "plan errors")
        .Add("ScheduleMeetingPayload", Policies.Public, "meeting errors")
        // Feedback (you said, we did): anyone gives it; staff see their localities'; managers publish and summarise.
        .Add("Query", Policies.Staff, "feedback")
        .Add("Query", Policies.Managers, "feedbackSummary")
        .Add("Mutation", Policies.Public, "submitFeedback")
        .Add("Mutation", Policies.Staff, "markFeedbackRead respondToFeedback publishResponse")
        .Add("Me", Policies.SignedIn, "feedback")
        .Add("SubmitFeedbackPayload", Policies.Public, "feedback needsHelpNow errors")
        .Add("SubmittedFeedback", Policies.Public, "id status theme")
        .Add("MyFeedback", Policies.OwnFeedback, "id text status theme givenAt response")
        .Add("MyFeedbackResponse", Policies.FamilyMember, "text respondedAt")
        .Add("FeedbackConnection", Policies.Staff, "totalCount nodes pageInfo")
        .Add("FeedbackItem", Policies.FeedbackForStaff, "id text status theme givenAt anonymous giverName localityName explainedClearly involvedInPlanning listenedTo happyWithHelp flaggedForSafeguarding response")
        .Add("StaffFeedbackResponse", Policies.ResponseForStaff, "id text youSaid respondedAt published publishedAt")
        .Add("MarkFeedbackReadPayload", Policies.Public, "feedback errors")
        .Add("RespondToFeedbackPayload", Policies.Public, "response errors")
        .Add("PublishResponsePayload", Policies.Public, "response errors")
        .Add("FeedbackSummary", Policies.Managers, "localityName feedbackCount respondedShare medianDaysToRespond scoreCharts themes topWords suppressed")
        .Add("FeedbackChart", Policies.Managers, "title svg table")
        .Add("FeedbackChartTable", Policies.Managers, "caption columns rows")
        .Add("FeedbackThemeCount", Policies.Managers, "theme count")
        .Add("FeedbackWordCount", Policies.Managers, "word count")
        // Early help directory (issue 7): listings, their work contacts and categories are public directory
        // data; a shortlist holds only services; reports about a listing reach its owner and the editors.
        .Add("Query", Policies.Public, "service taxonomy shortlist")
        .Add("Query", Policies.SignedIn, "outOfDateReports")
        .Add("Mutation", Policies.Public, "reportOutOfDate createShortlist")
        .Add("Service", Policies.Public, "summary referralRoute selfReferral professionalReferral fees costs alert eligibility contacts locations openingTimes categories localities needsChecking")
        .Add("ServiceConnection", Policies.Public, "facets")
        .Add("ServiceFacets", Policies.Public, "categories localities referralRoutes cost")
        .Add("FacetValue", Policies.Public, "id name count")
        .Add("ServiceCost", Policies.Public, "option amount amountDescription")
        .Add("ServiceEligibility", Policies.Public, "description minimumAge maximumAge")
        .Add("ServiceContact", Policies.Public, "name title email phone")
        .Add("ServiceLocation", Policies.Public, "name description address postcode online accessibility locality openingTimes")
        .Add("OpeningTime", Policies.Public, "description days opensAt closesAt")
        .Add("Category", Policies.Public, "id name description parentId")
        .Add("ReportOutOfDatePayload", Policies.Public, "reported errors")
        .Add("OutOfDateReportConnection", Policies.SignedIn, "totalCount nodes pageInfo")
        .Add("OutOfDateReport", RightHelp.Api.Directory.DirectoryPolicies.ListingOwnerOrEditor, "id service whatIsWrong email reportedAt open")
        .Add("CreateShortlistPayload", Policies.Public, "shortlist errors")
        .Add("Shortlist", Policies.Public, "token url createdAt expiresAt services")
        // Locality offers: public, like the offers themselves.
        .Add("Query", Policies.Public, "locality findLocality")
        .Add("Locality", Policies.Public, "whatsOnThisWeek partnershipMeetings profile")
        .Add("Offer", Policies.Public, "day startTime endTime attendance")
        .Add("OfferSession", Policies.Public, "date offer")
        .Add("PartnershipMeeting", Policies.Public, "startsAt endsAt venue description")
        .Add("LocalityProfileLine", Policies.Public, "label count explanation source")
        .Add("LocalityFinderResult", Policies.Public, "found locality matchedOn message suggestions")
        .Add("PlaceSuggestion", Policies.Public, "place locality")
        // Partner listings: partners see their own organisation's listings, editors the queue; mutations check the same in the resolver.
        .Add("Query", ListingPolicies.Partner, "myListings")
        .Add("Query", ListingPolicies.Editor, "moderationQueue")
        .Add("Mutation", ListingPolicies.PartnerOrEditor, "proposeListingChange confirmListingCorrect approveListingChange rejectListingChange")
        .Add("Listing", ListingPolicies.PartnerOrEditor, "id organizationName lastVerifiedOn current pendingChange")
        .Add("ListingFields", ListingPolicies.PartnerOrEditor, "name description eligibility howToRefer email phone url")
        .Add("ListingChange", ListingPolicies.PartnerOrEditor, "id serviceId serviceName organizationName status submittedByName submittedAt reviewNote proposed current")
        .Add("ListingChangePayload", Policies.Public, "change errors")
        .Add("ConfirmListingCorrectPayload", Policies.Public, "listing errors")
        // Case system: only the case-system client upserts, and its receipts hold nothing it did not send.
        .Add("Mutation", CaseSystemPolicies.CaseSystem, "upsertFamily upsertPlan upsertMeeting")
        .Add("UpsertFamilyPayload", CaseSystemPolicies.CaseSystem, "family errors")
        .Add("UpsertPlanPayload", CaseSystemPolicies.CaseSystem, "plan errors")
        .Add("UpsertMeetingPayload", CaseSystemPolicies.CaseSystem, "meeting errors")
        .Add("CaseSystemFamily", CaseSystemPolicies.CaseSystem, "id reference name locality people")
        .Add("CaseSystemPerson", CaseSystemPolicies.CaseSystem, "id reference")
        .Add("CaseSystemPlan", CaseSystemPolicies.CaseSystem, "id reference familyReference version newVersion")
        .Add("CaseSystemMeeting", CaseSystemPolicies.CaseSystem, "id reference familyReference startsAt endsAt")
        // Out-of-date reports: the listing's owner or an editor resolves one; the resolver checks the owner.
        .Add("Mutation", ListingPolicies.PartnerOrEditor, "resolveOutOfDateReport")
        .Add("ResolveOutOfDateReportPayload", Policies.Public, "report errors");

    public int Count => _rules.Count;

    public IEnumerable<(string Type, string Field, FieldPolicy Policy)> All
        => _rules.Select(r => (r.Key.Type, r.Key.Field, r.Value));

    public FieldPolicy? Find(string type, string field) => _rules.GetValueOrDefault((type, field));

    private AuthorizationRules Add(string type, FieldPolicy policy, string fields)
    {
        foreach (var field in fields.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!_rules.TryAdd((type, field), policy))
            {
                throw new InvalidOperationException($"{type}.{field} has two rules.");
            }
        }
        return this;
    }
}
