using RightHelp.Api.Data;

namespace RightHelp.Api.CaseSystem;

/// <summary>The choices a case system writes as text, with the words councils' systems commonly use for them.</summary>
public static class CaseSystemWords
{
    public static readonly CaseSystemChoices<PersonRole> Roles = new CaseSystemChoices<PersonRole>("role")
        .Add(PersonRole.ParentOrCarer, "parent", "parent or carer", "carer", "mother", "father", "mum", "dad", "guardian", "foster carer", "kinship carer")
        .Add(PersonRole.ChildOrYoungPerson, "child", "young person", "child or young person");

    public static readonly CaseSystemChoices<Audience> Audiences = new CaseSystemChoices<Audience>("audience")
        .Add(Audience.Everyone, "everyone", "all", "family")
        .Add(Audience.ParentsAndCarers, "parents and carers", "parents", "parent", "carers", "parent or carer")
        .Add(Audience.YoungPerson, "young person", "child", "child or young person");

    public static readonly CaseSystemChoices<SectionHeading> Headings = new CaseSystemChoices<SectionHeading>("heading")
        .Add(SectionHeading.WhatWeAreWorriedAbout, "What we are worried about", "worries", "what are we worried about")
        .Add(SectionHeading.WhatIsWorkingWell, "What is working well", "strengths", "what's working well")
        .Add(SectionHeading.WhatNeedsToHappen, "What needs to happen", "next steps")
        .Add(SectionHeading.WhatHappensIfNothingChanges, "What will happen if things do not change", "what happens if nothing changes",
            "what will happen if things don't change", "contingency", "contingency plan");

    public static readonly CaseSystemChoices<ActionStatus> ActionStatuses = new CaseSystemChoices<ActionStatus>("status")
        .Add(ActionStatus.NotStarted, "not started", "to do", "open")
        .Add(ActionStatus.InProgress, "in progress", "started", "ongoing")
        .Add(ActionStatus.Done, "done", "complete", "completed")
        .Add(ActionStatus.NoLongerNeeded, "no longer needed", "not needed", "cancelled");

    public static readonly CaseSystemChoices<PlanKind> PlanKinds = new CaseSystemChoices<PlanKind>("kind of plan")
        .Add(PlanKind.EarlyHelp, "early help", "team around the family", "TAF", "early help plan")
        .Add(PlanKind.ChildInNeed, "child in need", "CIN", "child in need plan")
        .Add(PlanKind.ChildProtection, "child protection", "CP", "child protection plan")
        .Add(PlanKind.ChildInCare, "child in care", "care plan", "looked after", "CLA", "LAC")
        .Add(PlanKind.Pathway, "pathway", "pathway plan", "leaving care");

    public static readonly CaseSystemChoices<PlanStatus> PlanStatuses = new CaseSystemChoices<PlanStatus>("plan status")
        .Add(PlanStatus.Active, "active", "open", "current")
        .Add(PlanStatus.Closed, "closed", "ended", "finished");

    public static readonly CaseSystemChoices<MeetingKind> MeetingKinds = new CaseSystemChoices<MeetingKind>("kind of meeting")
        .Add(MeetingKind.CoreGroup, "core group", "core group meeting")
        .Add(MeetingKind.ReviewConference, "review conference", "review child protection conference", "RCPC", "child protection conference")
        .Add(MeetingKind.TeamAroundTheFamilyReview, "team around the family review", "TAF review", "TAF meeting")
        .Add(MeetingKind.ChildInCareReview, "child in care review", "looked after review", "LAC review", "CLA review")
        .Add(MeetingKind.FamilyGroupConference, "family group conference", "FGC");

    public static readonly CaseSystemChoices<MeetingStatus> MeetingStatuses = new CaseSystemChoices<MeetingStatus>("meeting status")
        .Add(MeetingStatus.Scheduled, "scheduled", "booked", "planned")
        .Add(MeetingStatus.Held, "held", "happened", "took place")
        .Add(MeetingStatus.Cancelled, "cancelled", "canceled");
}
