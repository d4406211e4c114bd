using static RightHelp.Api.Data.SectionHeading;

namespace RightHelp.Api.Data.Seeding;

/// <summary>Families in South, including family B (Ashby) of the second demo parent.</summary>
public static class DemoFamiliesSouth
{
    public static readonly Guid AshbyFamily = DemoIds.For("family:ashby");
    public static readonly Guid DeanAshby = DemoIds.For("person:ashby:dean");
    public static readonly Guid AshbyPlan = DemoIds.For("plan:ashby-cp");

    public static void AddTo(DemoDataSet set)
    {
        Ashby(set);
        Lindqvist(set);
    }

    private static void Ashby(DemoDataSet set)
    {
        var family = new DemoFamily(set, "ashby", "Ashby family", DemoLocalities.South);
        var dean = family.Parent("dean", "Dean", "Ashby", "Dad", new DateOnly(1991, 5, 5), "he/him");
        var tasha = family.Parent("tasha", "Tasha", "Lowe", "Mum", new DateOnly(1994, 10, 12), "she/her");
        var lacey = family.Child("lacey-mae", "Lacey-Mae", "Ashby", set.Today.AddYears(-4).AddDays(-60));
        family.Child("reuben", "Reuben", "Ashby", set.Today.AddMonths(-8));
        family.OnCaseloadOf(DemoWorkers.MarcusFeld, 100);

        var plan = family.Plan("ashby-cp", PlanKind.ChildProtection, lacey, DemoWorkers.MarcusFeld, 100);
        var v1 = plan.Version(1, 95, DemoWorkers.MarcusFeld, "Outline CP plan agreed at ICPC (category: neglect).")
            .Section(WhatWeAreWorriedAbout, Audience.Everyone, """
                Lacey-Mae (4) and Reuben (8 months) were subject to s47 enquiries following a referral from the HV. At ICPC both children were
                made subject to CP plans under the category of neglect. Concerns: poor home conditions (dog mess, no safe sleep space for Reuben),
                Lacey-Mae's dental decay requiring extractions under GA, missed immunisations, and dad's alcohol use (self-reports 4-5 cans
                most evenings). Lacey-Mae's nursery attendance is 52%.
                """)
            .Section(WhatWeAreWorriedAbout, Audience.ParentsAndCarers, """
                Parents have been non-compliant with 2 planned home visits. Dad was dismissive of concerns at the strategy meeting.
                There are rent arrears of £1,900 and a NOSP has been served by Southmere Homes.
                """)
            .Section(WhatIsWorkingWell, Audience.Everyone, """
                Both parents love their children and Lacey-Mae is a chatty, confident little girl. Mum has good support from her sister.
                Reuben is gaining weight and is on the 50th centile. Parents agreed to a safe sleep assessment.
                """)
            .Section(WhatNeedsToHappen, Audience.Everyone, """
                Parents to keep the home safe and clean, checked at unannounced visits. Dad to engage with the adult substance misuse service
                and complete an alcohol assessment. Lacey-Mae to attend nursery every day. Immunisations to be brought up to date.
                Referral to the Housing Solutions team about the arrears.
                """)
            .Section(WhatHappensIfNothingChanges, Audience.Everyone, """
                If the home conditions and alcohol use do not improve, the LA will consider the PLO. If the children are found to be at risk of
                significant harm, the LA may apply to court.
                """)
            .Action("alcohol", "Dad", "Attend an assessment at the adult substance misuse service", -70, ActionStatus.Done, ownerPerson: dean)
            .Action("home", "Mum and dad", "Keep the kitchen, bathroom and the children's bedroom clean and safe", 0, ActionStatus.InProgress, ownerPerson: tasha)
            .Action("jabs", "HV", "Book and give the missed immunisations", -60, ActionStatus.InProgress)
            .Action("housing", "SW (Marcus)", "Refer to Housing Solutions about the rent arrears and NOSP", -80, ActionStatus.Done, DemoWorkers.MarcusFeld)
            .Action("sleep", "HV", "Safe sleep assessment and cot for Reuben", -85, ActionStatus.Done);

        plan.Version(2, 8, DemoWorkers.MarcusFeld, "Updated at core group 4: home conditions improved, dad in treatment.")
            .Section(WhatWeAreWorriedAbout, Audience.Everyone, """
                Home conditions have improved at the last 3 unannounced visits. Dad is attending the alcohol service weekly and reports
                he has cut down to weekends only. Lacey-Mae's extractions have been completed. Nursery attendance is now 81%.
                The core group remains concerned about the sustainability of change and dad's drinking at weekends when he has sole care.
                """)
            .Section(WhatIsWorkingWell, Audience.Everyone, """
                Parents have engaged well with the plan since core group 2. A repayment plan is agreed with Southmere Homes and the NOSP is on hold.
                Immunisations are up to date. Lacey-Mae told the SW "my house is tidy now and I have a new bed".
                """)
            .Action("home", "Mum and dad", "Keep the kitchen, bathroom and the children's bedroom clean and safe", 30, ActionStatus.InProgress, ownerPerson: tasha)
            .Action("jabs", "HV", "Book and give the missed immunisations", -20, ActionStatus.Done)
            .Action("weekends", "Dad", "No alcohol when caring for the children alone; agree a weekend plan with nan", 14, ActionStatus.NotStarted, ownerPerson: dean)
            .Action("dads", "SW (Marcus)", "Refer dad to the Caring Dads programme", 10, ActionStatus.InProgress, DemoWorkers.MarcusFeld)
            .CarryOver(v1);

        family.Meeting("core-group-5", MeetingKind.CoreGroup, plan, 6, 13, 0, 60, "Southmere Family Hub, Room 3", null,
            "The core group checks the child protection plan: what has been done, what still needs to happen, and who will do it.",
            ("Dean Ashby", "Dad", dean, null), ("Tasha Lowe", "Mum", tasha, null), ("Marcus Feld", "Social worker", null, DemoWorkers.MarcusFeld),
            ("Kerry Ames", "Health visitor", null, null), ("Busy Bees Nursery", "Nursery key person", null, null));
        family.Meeting("rcpc", MeetingKind.ReviewConference, plan, 34, 10, 0, 90, "Hartwell Civic Centre, Conference Room B", "https://meet.example.test/hartwell/rcpc-ashby",
            "A review child protection conference, led by an independent chair, decides whether the children still need a child protection plan.",
            ("Dean Ashby", "Dad", dean, null), ("Tasha Lowe", "Mum", tasha, null), ("Marcus Feld", "Social worker", null, DemoWorkers.MarcusFeld),
            ("Angela Price", "Independent chair", null, null));
        family.Question("visits", dean, DemoWorkers.MarcusFeld, plan, 4,
            "Why do the visits have to be unannounced? It feels like you're trying to catch us out.",
            "I understand it feels like that. Unannounced visits are part of every child protection plan. They help everyone see everyday life at home, and the last three showed the changes you've made. I'll explain how we'll reduce them at the next core group.");
    }

    private static void Lindqvist(DemoDataSet set)
    {
        var family = new DemoFamily(set, "lindqvist", "Lindqvist family", DemoLocalities.South);
        var annika = family.Parent("annika", "Annika", "Lindqvist", "Mum", new DateOnly(1984, 4, 1), "she/her");
        var freya = family.Child("freya", "Freya", "Lindqvist", set.Today.AddYears(-10).AddDays(-150), "she/her");
        family.OnCaseloadOf(DemoWorkers.AishaRahman, 300);

        var plan = family.Plan("lindqvist-cin", PlanKind.ChildInNeed, freya, DemoWorkers.AishaRahman, 300);
        plan.Version(1, 60, DemoWorkers.AishaRahman, "CIN plan reviewed; short breaks increased.")
            .Section(WhatWeAreWorriedAbout, Audience.Everyone, """
                Freya (10) has a diagnosis of ASC and epilepsy and has an EHCP (Brook Hill Special School). She is open to the CWD team as
                a Child in Need. Mum is a lone carer and reports carer strain; Freya's seizures have increased and she is waking 3-4 times a night.
                The current short breaks package (1 overnight a month at Willow House) is not meeting need.
                """)
            .Section(WhatIsWorkingWell, Audience.Everyone, """
                Freya is settled at school and her EHCP annual review went well. Mum is a strong advocate for Freya. Freya enjoys swimming
                and the Saturday sensory club.
                """)
            .Section(WhatNeedsToHappen, Audience.Everyone, """
                Short breaks to increase to 2 overnights a month (agreed at resource panel). Carer's assessment for mum to be completed.
                OT assessment for a safe sleep bed. Epilepsy nurse to review the care plan and rescue medication with school.
                """)
            .Section(WhatHappensIfNothingChanges, Audience.Everyone, """
                If mum does not get a break, there is a risk of family breakdown and Freya may need to be looked after (s20).
                """)
            .Action("breaks", "SW (Aisha)", "Start the second monthly overnight at Willow House", 14, ActionStatus.InProgress, DemoWorkers.AishaRahman)
            .Action("carer", "Adult social care", "Complete mum's carer's assessment", 21, ActionStatus.NotStarted)
            .Action("ot", "OT", "Assess Freya for a safe sleep bed", 30, ActionStatus.NotStarted)
            .Action("dla", "Mum", "Send the DLA renewal form (SW can help)", 10, ActionStatus.InProgress, ownerPerson: annika);

        family.Meeting("cin-review", MeetingKind.ReviewConference, plan, 15, 13, 30, 60, "Brook Hill Special School", null,
            "To review Freya's child in need plan, and check the extra short breaks are helping.",
            ("Annika Lindqvist", "Mum", annika, null), ("Aisha Rahman", "Social worker", null, DemoWorkers.AishaRahman),
            ("Mr P. Osei", "Class teacher, Brook Hill", null, null), ("Carla Dunn", "Epilepsy nurse", null, null));
    }
}
