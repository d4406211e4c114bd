using static RightHelp.Api.Data.SectionHeading;

namespace RightHelp.Api.Data.Seeding;

/// <summary>
/// Families in North, including family A (Harlow) of the demo parent and young person. The plan
/// text is written the way practitioners write, jargon and all, on purpose: it is what the
/// plain-language features have to make sense of.
/// </summary>
public static class DemoFamiliesNorth
{
    public static readonly Guid HarlowFamily = DemoIds.For("family:harlow");
    public static readonly Guid KellyHarlow = DemoIds.For("person:harlow:kelly");
    public static readonly Guid JordanHarlow = DemoIds.For("person:harlow:jordan");
    public static readonly Guid HarlowPlan = DemoIds.For("plan:harlow-cin");

    public static void AddTo(DemoDataSet set)
    {
        Harlow(set);
        Okafor(set);
        Thornton(set);
        Fenwick(set);
    }

    private static void Harlow(DemoDataSet set)
    {
        var family = new DemoFamily(set, "harlow", "Harlow family", DemoLocalities.North);
        var kelly = family.Parent("kelly", "Kelly", "Harlow", "Mum", new DateOnly(1989, 3, 14), "she/her");
        var jordan = family.Child("jordan", "Jordan", "Harlow", set.Today.AddYears(-15).AddDays(-40), "he/him");
        family.Child("maisie", "Maisie", "Harlow", set.Today.AddYears(-7).AddDays(-100));
        family.OnCaseloadOf(DemoWorkers.PriyaNatt, 120);

        var plan = family.Plan("harlow-cin", PlanKind.ChildInNeed, jordan, DemoWorkers.PriyaNatt, 120);
        var v1 = plan.Version(1, 70, DemoWorkers.PriyaNatt, "Plan agreed at initial CIN meeting following C&F assessment.")
            .Section(WhatWeAreWorriedAbout, Audience.Everyone, """
                Jordan (15) is open to CSC as a Child in Need (s17) following a C&F assessment. School attendance is 61% this term with
                3 FTEs for dysregulated behaviour. Jordan has disclosed low mood and has been referred to CAMHS (on the waiting list, approx 14 wks).
                Police have shared intel that Jordan has been seen with older males in Ashbridge town centre late at night; there is a risk
                of CCE which has not been substantiated at this time. Jordan was reported missing x1 (returned same night, RHI completed).
                """)
            .Section(WhatWeAreWorriedAbout, Audience.ParentsAndCarers, """
                Mum has a history of DA from ex-partner (Craig), who has now moved out of the area; a non-molestation order is in place.
                Mum reports her own MH has been poor and she has at times found it hard to set boundaries. Mum has previously failed to engage
                with EH when the case was open at Level 3 in 2023.
                """)
            .Section(WhatIsWorkingWell, Audience.Everyone, """
                - Jordan has a good relationship with his Head of Year and his football coach.
                - Mum is honest with professionals and has engaged well with the C&F assessment.
                - Maisie (7) is doing well at Oak Lane Primary, attendance 97%, no concerns.
                - Maternal nan (Pat) is a protective factor and has Jordan for tea twice a week.
                """)
            .Section(WhatNeedsToHappen, Audience.Everyone, """
                Jordan to attend school full time with a reduced timetable to be reviewed after 4 wks. Referral to the Hartwell Youth Hub
                mentoring scheme. SW to complete CCE screening tool and refer to MACE panel if indicated. Mum to be supported to access the
                Freedom Programme and her GP re: MH. Safety plan to be agreed re: missing episodes.
                """)
            .Section(WhatNeedsToHappen, Audience.YoungPerson, """
                Jordan said he wants to stay at Ashbridge Academy and "not get kicked out". He said he'd talk to someone about how he feels
                but not in school. Jordan agreed he will text mum if he's going to be late back.
                """)
            .Section(WhatHappensIfNothingChanges, Audience.Everyone, """
                If attendance does not improve and the missing episodes continue, the case would be stepped up and a strategy discussion held,
                which may lead to s47 enquiries. The school may consider a managed move or a referral to the PRU.
                """)
            .Action("timetable", "Head of Year (Ashbridge Academy)", "Agree a reduced timetable with Jordan and mum, review after 4 weeks", -50, ActionStatus.Done)
            .Action("mentor", "SW (Priya)", "Refer Jordan to Youth Hub mentoring", -55, ActionStatus.Done, DemoWorkers.PriyaNatt)
            .Action("cce", "SW (Priya)", "Complete CCE screening tool; refer to MACE if threshold met", -40, ActionStatus.InProgress, DemoWorkers.PriyaNatt)
            .Action("freedom", "Mum", "Self-refer to the Freedom Programme at Northgate Family Hub", -30, ActionStatus.NotStarted, ownerPerson: kelly, audience: Audience.ParentsAndCarers)
            .Action("camhs", "GP / CAMHS", "Chase CAMHS referral and share the outcome with the network", -20, ActionStatus.InProgress)
            .Action("text", "Jordan", "Text mum if going to be later than 9pm", 0, ActionStatus.InProgress, ownerPerson: jordan);

        plan.Version(2, 10, DemoWorkers.PriyaNatt, "Updated after the CIN review: attendance up, CAMHS appointment offered, CCE screening done.")
            .Section(WhatWeAreWorriedAbout, Audience.Everyone, """
                Jordan remains open as CIN (s17). Attendance has improved to 78% but Jordan is still on a reduced timetable and had 1 further FTE.
                CCE screening completed: medium risk. MACE panel agreed Jordan does not meet threshold for NRM at this time but is to be
                reviewed in 8 wks. No further missing episodes since the safety plan was agreed. CAMHS initial appt offered for next month.
                """)
            .Section(WhatIsWorkingWell, Audience.Everyone, """
                - Jordan has met his Youth Hub mentor 5 times and says "he's alright, he doesn't talk down to me".
                - No missing episodes in 7 weeks.
                - Mum has started the Freedom Programme (week 3 of 12).
                - Nan continues to be a protective factor.
                """)
            .Section(WhatNeedsToHappen, Audience.YoungPerson, """
                Jordan wants to go back to full days at school after half term and to try out for the Northgate FC U16s. He asked that the
                next meeting is not in school. Jordan agreed to go to his first CAMHS appointment with mum or nan.
                """)
            .Action("cce", "SW (Priya)", "Complete CCE screening tool; refer to MACE if threshold met", -12, ActionStatus.Done, DemoWorkers.PriyaNatt)
            .Action("freedom", "Mum", "Complete the Freedom Programme (12 weeks)", 60, ActionStatus.InProgress, ownerPerson: kelly, audience: Audience.ParentsAndCarers)
            .Action("camhs", "Jordan with mum or nan", "Go to the first CAMHS appointment", 30, ActionStatus.NotStarted, ownerPerson: jordan)
            .Action("fulltime", "Head of Year (Ashbridge Academy)", "Plan Jordan's return to a full timetable after half term", 21, ActionStatus.NotStarted)
            .Action("mace", "SW (Priya)", "Bring Jordan's CCE risk back to MACE panel for review", 56, ActionStatus.NotStarted, DemoWorkers.PriyaNatt)
            .CarryOver(v1);

        // Kelly and Jordan last looked at version 1, so version 2 shows them what changed.
        set.Add(new PlanView { Id = DemoIds.For("plan-view:harlow:kelly"), PlanId = plan.Id, PlanVersionId = v1.Id, PersonId = kelly, ViewedAt = set.Now.AddDays(-60) });
        set.Add(new PlanView { Id = DemoIds.For("plan-view:harlow:jordan"), PlanId = plan.Id, PlanVersionId = v1.Id, PersonId = jordan, ViewedAt = set.Now.AddDays(-58) });

        var held = family.Meeting("cin-review-1", MeetingKind.ReviewConference, plan, -12, 15, 30, 60, "Northgate Family Hub, Room 2", null,
            "To look at how the plan is going and agree what happens next.",
            ("Kelly Harlow", "Mum", kelly, null), ("Jordan Harlow", "Jordan", jordan, null), ("Priya Natt", "Social worker", null, DemoWorkers.PriyaNatt),
            ("Mr D. Akers", "Head of Year 10, Ashbridge Academy", null, null));
        set.Add(new MeetingView
        {
            Id = DemoIds.For("meeting-view:harlow:cin-review-1:jordan"),
            MeetingId = held,
            AuthorPersonId = jordan,
            GoingWell = "football and my mentor",
            Worries = "people talking about me at school",
            WhatIWant = "full days again and no meetings in school",
            FeelingAtHome = 4,
            FeelingAtSchool = 2,
            FeelingAboutHelp = 3,
            SubmittedAt = set.Now.AddDays(-14),
            UpdatedAt = set.Now.AddDays(-14),
        });
        family.Meeting("cin-review-2", MeetingKind.ReviewConference, plan, 8, 15, 30, 60, "Northgate Family Hub, Room 2", null,
            "To check how things are going for Jordan since the last meeting, and to agree the plan for going back to school full time.",
            ("Kelly Harlow", "Mum", kelly, null), ("Jordan Harlow", "Jordan", jordan, null), ("Priya Natt", "Social worker", null, DemoWorkers.PriyaNatt),
            ("Mr D. Akers", "Head of Year 10, Ashbridge Academy", null, null), ("Ben Tully", "Youth Hub mentor", null, null));

        family.Question("cin-or-cp", kelly, DemoWorkers.PriyaNatt, plan, 40,
            "What is the difference between CIN and CP? Does CIN mean they think I'm a bad mum?",
            "No, it doesn't. Child in Need (CIN) means we think Jordan and you would benefit from extra help, and you agree to it. Child Protection (CP) is for when we are worried a child is at risk of serious harm. We are not there, and the plan is about getting Jordan the right support.");
        family.Question("pickup", kelly, DemoWorkers.PriyaNatt, plan, 1,
            "Can the next meeting start after 3:15? I have to pick Maisie up from school.", null);
    }

    private static void Okafor(DemoDataSet set)
    {
        var family = new DemoFamily(set, "okafor", "Okafor family", DemoLocalities.North);
        var grace = family.Parent("grace", "Grace", "Okafor", "Mum", new DateOnly(1985, 11, 2), "she/her");
        var daniel = family.Child("daniel", "Daniel", "Okafor", set.Today.AddYears(-9).AddDays(-20), "he/him");
        family.OnCaseloadOf(DemoWorkers.LeanneCorbett, 150);
        family.OnCaseloadOf(DemoWorkers.TomAldridge, 5);

        var plan = family.Plan("okafor-eh", PlanKind.EarlyHelp, daniel, DemoWorkers.LeanneCorbett, 150);
        plan.Version(1, 45, DemoWorkers.LeanneCorbett, "TAF plan reviewed; EHCP request submitted.")
            .Section(WhatWeAreWorriedAbout, Audience.Everyone, """
                Daniel (9) was referred to EH by school (Oak Lane Primary) via the Early Help Assessment. Attendance 84% (PA threshold).
                Daniel is struggling with transitions and unstructured times; school have logged 11 incidents this half term. School SENCO
                believes Daniel has unmet SEND needs, possible ADHD; he is on the neurodevelopmental pathway waiting list (approx 18 months).
                Daniel is not sleeping well (mum reports he is awake until after midnight most nights).
                """)
            .Section(WhatIsWorkingWell, Audience.Everyone, """
                Mum is committed to the TAF and has attended every meeting. Daniel loves drawing and dinosaurs and responds well to his TA.
                The SEN support plan (APDR cycle) is in place and the 1:1 at lunchtime has reduced incidents.
                """)
            .Section(WhatNeedsToHappen, Audience.Everyone, """
                SENCO to submit an EHC needs assessment request to the LA. FSW to support mum with a sleep routine (Sleep Scotland resources)
                and to refer to the Hartwell Parent Carer Forum. School to continue the APDR cycle and share the EP report when received.
                """)
            .Section(WhatNeedsToHappen, Audience.ParentsAndCarers, """
                Mum said she wants help with evenings and bedtime. Mum would like to meet other parents of children with SEND. Mum said
                she finds the paperwork overwhelming and would like someone to go through the EHCP forms with her.
                """)
            .Section(WhatHappensIfNothingChanges, Audience.Everyone, """
                Without the right support in school, Daniel is at risk of suspension. If things do not improve the TAF will consider
                whether a referral to the Children with Disabilities team or a step up to MAST is needed.
                """)
            .Action("ehcp", "SENCO (Oak Lane Primary)", "Submit the EHC needs assessment request to the LA", 7, ActionStatus.InProgress)
            .Action("sleep", "FSW (Leanne, then Tom)", "Four sessions at home on bedtime routine", 28, ActionStatus.InProgress, DemoWorkers.LeanneCorbett)
            .Action("forum", "FSW", "Introduce mum to the Parent Carer Forum coffee morning", 14, ActionStatus.NotStarted, DemoWorkers.TomAldridge)
            .Action("forms", "Mum with FSW", "Go through the parental views section of the EHCP request together", 5, ActionStatus.NotStarted, ownerPerson: grace);

        family.Meeting("taf-review", MeetingKind.TeamAroundTheFamilyReview, plan, 12, 9, 15, 60, "Oak Lane Primary School, family room", null,
            "To check how the plan is going for Daniel and say goodbye to Leanne. Tom, who is taking over, will be there too.",
            ("Grace Okafor", "Mum", grace, null), ("Leanne Corbett", "Family support worker (leaving)", null, DemoWorkers.LeanneCorbett),
            ("Tom Aldridge", "Family support worker (taking over)", null, DemoWorkers.TomAldridge), ("Mrs J. Whitcombe", "SENCO, Oak Lane Primary", null, null));
    }

    private static void Thornton(DemoDataSet set)
    {
        var family = new DemoFamily(set, "thornton", "Thornton family", DemoLocalities.North);
        var chantelle = family.Parent("chantelle", "Chantelle", "Thornton", "Mum", new DateOnly(2003, 6, 21), "she/her");
        var ryan = family.Parent("ryan", "Ryan", "Pike", "Dad (lives separately)", new DateOnly(2001, 1, 9), "he/him");
        var ellis = family.Child("ellis", "Ellis", "Thornton", set.Today.AddYears(-2).AddDays(-75));
        family.OnCaseloadOf(DemoWorkers.PriyaNatt, 200);

        var plan = family.Plan("thornton-cp", PlanKind.ChildProtection, ellis, DemoWorkers.PriyaNatt, 200);
        var v1 = plan.Version(1, 190, DemoWorkers.PriyaNatt, "Outline CP plan from ICPC, categories neglect and emotional abuse.")
            .Section(WhatWeAreWorriedAbout, Audience.Everyone, """
                Ellis (2) was made subject to a CP plan under the categories of neglect and emotional abuse at the ICPC following s47 enquiries.
                There have been 4 police call-outs for DA incidents between mum and dad in the last 6 months (DASH high risk, heard at MARAC).
                Ellis has missed his 2-year health review and 2 hospital appointments (WNB). HV observed poor home conditions on 3 visits.
                """)
            .Section(WhatIsWorkingWell, Audience.Everyone, """
                Ellis is meeting his milestones and is observed to be warm and attached to mum. Maternal grandmother (Sharon) visits daily.
                Mum has accepted the referral to the IDVA.
                """)
            .Section(WhatNeedsToHappen, Audience.Everyone, """
                Core group to meet every 4 weeks. Dad to attend a perpetrator programme (Caring Dads) before any unsupervised contact.
                Mum to engage with the IDVA and complete a safety plan. HV to complete the 2-year review and WNB appointments to be rebooked.
                Ellis to take up his 2-year-old funded nursery place.
                """)
            .Section(WhatHappensIfNothingChanges, Audience.Everyone, """
                If the concerns are not reduced within the timescales of the plan, the LA will seek legal advice and consider initiating
                the PLO (pre-proceedings). This could lead to care proceedings.
                """)
            .Action("idva", "Mum", "Meet the IDVA and agree a safety plan", -170, ActionStatus.Done, ownerPerson: chantelle)
            .Action("caring-dads", "Dad", "Start the Caring Dads programme", -150, ActionStatus.InProgress, ownerPerson: ryan)
            .Action("review", "HV", "Complete Ellis's 2-year health review", -160, ActionStatus.Done)
            .Action("nursery", "SW and mum", "Apply for a funded nursery place", -140, ActionStatus.InProgress, DemoWorkers.PriyaNatt);

        plan.Version(2, 20, DemoWorkers.PriyaNatt, "Updated after RCPC: plan continues, PLO letter before proceedings issued.")
            .Section(WhatWeAreWorriedAbout, Audience.Everyone, """
                At the RCPC it was agreed Ellis remains on a CP plan (neglect). The emotional abuse category was removed as there have been no
                DA call-outs since dad moved out. However home conditions remain a concern and Ellis has missed 40% of nursery sessions.
                Legal gateway meeting held: threshold met for PLO. A letter before proceedings has been sent and a pre-proceedings meeting
                will take place with mum, her solicitor and the LA.
                """)
            .Section(WhatWeAreWorriedAbout, Audience.ParentsAndCarers, """
                Mum has been non-compliant with unannounced visits on 3 occasions. Mum has told SW that she is struggling since her benefits were
                sanctioned and at times there has not been enough food in the house.
                """)
            .Section(WhatIsWorkingWell, Audience.Everyone, """
                No DA incidents in 5 months. Dad has completed 8 of 16 sessions of Caring Dads and has supervised contact at the Family Hub
                each Saturday which is going well. Grandmother continues to support daily.
                """)
            .Action("nursery", "Mum", "Take Ellis to nursery every morning session (Mon to Fri)", 14, ActionStatus.InProgress, ownerPerson: chantelle)
            .Action("food", "SW", "Refer to the Hartwell Community Pantry and the Welfare Rights team about the sanction", 3, ActionStatus.InProgress, DemoWorkers.PriyaNatt)
            .Action("plo", "LA legal", "Hold the pre-proceedings (PLO) meeting with mum and her solicitor", 10, ActionStatus.NotStarted)
            .Action("fgc", "SW", "Make an FGC referral so the wider family can make a plan", 7, ActionStatus.NotStarted, DemoWorkers.PriyaNatt)
            .CarryOver(v1);

        family.Meeting("core-group", MeetingKind.CoreGroup, plan, 5, 10, 0, 60, "Northgate Family Hub, Room 1", "https://meet.example.test/hartwell/core-group-thornton",
            "The core group is the small team that makes the child protection plan happen. We check each action and agree what to do next.",
            ("Chantelle Thornton", "Mum", chantelle, null), ("Ryan Pike", "Dad", ryan, null), ("Priya Natt", "Social worker", null, DemoWorkers.PriyaNatt),
            ("Fiona Marsh", "Health visitor", null, null), ("Little Acorns Nursery manager", "Nursery", null, null));
    }

    private static void Fenwick(DemoDataSet set)
    {
        var family = new DemoFamily(set, "fenwick", "Fenwick family", DemoLocalities.North);
        var donna = family.Parent("donna", "Donna", "Fenwick", "Mum", new DateOnly(1982, 8, 30), "she/her");
        var steve = family.Parent("steve", "Steve", "Fenwick", "Dad", new DateOnly(1980, 2, 17), "he/him");
        var lewis = family.Child("lewis", "Lewis", "Fenwick", set.Today.AddYears(-14).AddDays(-10), "he/him");
        family.OnCaseloadOf(DemoWorkers.TomAldridge, 90);

        var plan = family.Plan("fenwick-eh", PlanKind.EarlyHelp, lewis, DemoWorkers.TomAldridge, 90);
        plan.Version(1, 30, DemoWorkers.TomAldridge, "TAF plan agreed after the EHA.")
            .Section(WhatWeAreWorriedAbout, Audience.Everyone, """
                Lewis (14) has had 3 suspensions (FTEs) this year and school have said he is at risk of PEX. A managed move to
                Kestrel Moor Academy is being discussed at the Fair Access Panel. Lewis has told school he smokes cannabis most days.
                He was referred to the young people's substance misuse service but failed to engage (did not attend 2 appts).
                Parents report verbal aggression at home towards mum.
                """)
            .Section(WhatIsWorkingWell, Audience.Everyone, """
                Lewis is good at art and DT and wants to be a mechanic. Both parents want to work with the TAF. Lewis gets on well with
                his older cousin who is an apprentice at a garage.
                """)
            .Section(WhatNeedsToHappen, Audience.Everyone, """
                Alternative provision placement 2 days a week (motor vehicle course) via the Inclusion Hub. Re-referral to the substance
                misuse service with the worker meeting Lewis somewhere he chooses. Parents to attend the Non-Violent Resistance (NVR)
                parenting group. FGC to be offered so the family can make their own plan.
                """)
            .Section(WhatNeedsToHappen, Audience.YoungPerson, """
                Lewis said he would see the drugs worker "if it's not in an office". Lewis wants to do the motor vehicle course.
                """)
            .Section(WhatHappensIfNothingChanges, Audience.Everyone, """
                Lewis may be permanently excluded and would then go to the PRU. If the aggression at home escalates, a referral to MAST
                would be made and the case may be stepped up to CSC.
                """)
            .Action("ap", "Inclusion Hub", "Start the motor vehicle AP placement, Tuesdays and Thursdays", 10, ActionStatus.InProgress)
            .Action("sm", "FSW (Tom)", "Re-refer Lewis to the young people's substance misuse service, outreach not office", 3, ActionStatus.Done, DemoWorkers.TomAldridge)
            .Action("nvr", "Mum and dad", "Go to the NVR parenting group (8 weeks)", 40, ActionStatus.NotStarted, ownerPerson: donna)
            .Action("fgc", "FSW (Tom)", "Refer to the FGC service", 7, ActionStatus.InProgress, DemoWorkers.TomAldridge);

        family.Meeting("fgc", MeetingKind.FamilyGroupConference, plan, 20, 17, 30, 120, "Ashbridge Community Centre", null,
            "A family group conference: Lewis's family and friends meet, with an independent coordinator, to make their own plan. Professionals share information and then leave the family to talk in private.",
            ("Donna Fenwick", "Mum", donna, null), ("Steve Fenwick", "Dad", steve, null), ("Lewis Fenwick", "Lewis", lewis, null),
            ("Tom Aldridge", "Family support worker", null, DemoWorkers.TomAldridge), ("Ayo Brennan", "FGC coordinator", null, null));
    }
}
