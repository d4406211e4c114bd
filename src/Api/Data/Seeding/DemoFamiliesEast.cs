using static RightHelp.Api.Data.SectionHeading;

namespace RightHelp.Api.Data.Seeding;

/// <summary>Families in East: children in care, a care leaver, and a child in need.</summary>
public static class DemoFamiliesEast
{
    public static void AddTo(DemoDataSet set)
    {
        Reid(set);
        Begum(set);
        Maddox(set);
        PatelGreene(set);
    }

    private static void Reid(DemoDataSet set)
    {
        var family = new DemoFamily(set, "reid", "Reid family", DemoLocalities.East);
        var stacey = family.Parent("stacey", "Stacey", "Reid", "Mum", new DateOnly(1990, 12, 3), "she/her");
        var kayden = family.Child("kayden", "Kayden", "Reid", set.Today.AddYears(-11).AddDays(-30), "he/him");
        var carer = family.Parent("carol", "Carol", "Whitfield", "Foster carer", new DateOnly(1968, 7, 19), "she/her");
        family.OnCaseloadOf(DemoWorkers.RhysMbatha, 400);

        var plan = family.Plan("reid-cic", PlanKind.ChildInCare, kayden, DemoWorkers.RhysMbatha, 400);
        var v1 = plan.Version(1, 160, DemoWorkers.RhysMbatha, "Care plan updated for the LAC review.")
            .Section(WhatWeAreWorriedAbout, Audience.Everyone, """
                Kayden (11) is LAC under a full care order (s31) and is in a long-term foster placement with Carol (IFA carer). Kayden came into
                care due to neglect and exposure to DA. The placement is stable but Kayden has had 2 placement moves previously. Kayden's PEP
                shows he is working below ARE in maths and English. Kayden's SDQ score is 19 (borderline).
                """)
            .Section(WhatIsWorkingWell, Audience.Everyone, """
                Kayden has been in his placement for 14 months and says he feels "settled". Contact with mum is fortnightly, supervised at the
                contact centre, and Kayden looks forward to it. Kayden attends Eastholm Scouts.
                """)
            .Section(WhatNeedsToHappen, Audience.Everyone, """
                Contact with mum to continue fortnightly (supervised). Life story work to start with the SW. PEP targets: 1:1 maths tuition
                funded by the Virtual School PP+. Annual health assessment (RHA) due. The IRO will review the care plan at the next LAC review.
                """)
            .Section(WhatNeedsToHappen, Audience.YoungPerson, """
                Kayden wants more contact with his mum and to see his nan. Kayden wants to stay with Carol. He'd like to go to the Scouts camp.
                """)
            .Section(WhatHappensIfNothingChanges, Audience.Everyone, """
                If Kayden's needs are not met, the placement could come under strain and a placement breakdown could lead to another move.
                """)
            .Action("life-story", "SW (Rhys)", "Start life story work with Kayden", -100, ActionStatus.InProgress, DemoWorkers.RhysMbatha)
            .Action("tuition", "Designated teacher", "Arrange 1:1 maths tuition through PP+", -120, ActionStatus.Done)
            .Action("rha", "LAC nurse", "Complete the review health assessment", -90, ActionStatus.Done)
            .Action("camp", "Carol (foster carer)", "Sign Kayden up for Scouts summer camp", -60, ActionStatus.Done, ownerPerson: carer);

        plan.Version(2, 15, DemoWorkers.RhysMbatha, "Care plan updated: family time with nan added, SDQ improved.")
            .Section(WhatIsWorkingWell, Audience.Everyone, """
                Kayden has been in his placement for 19 months and went to Scouts camp. His latest SDQ is 14 (normal range). Family time with
                mum remains fortnightly and Kayden now also sees his nan once a month. Maths is now at ARE.
                """)
            .Section(WhatNeedsToHappen, Audience.YoungPerson, """
                Kayden asked if he can see mum without someone watching "like normal families". Kayden asked that the SW doesn't come to school
                in a work lanyard. He wants a phone so he can text mum.
                """)
            .Action("nan", "SW (Rhys)", "Arrange monthly family time with nan", -10, ActionStatus.Done, DemoWorkers.RhysMbatha)
            .Action("supervision", "SW (Rhys)", "Assess whether family time with mum can move to supported, not supervised", 30, ActionStatus.NotStarted, DemoWorkers.RhysMbatha)
            .Action("phone", "Carol and SW", "Agree phone rules and contact with mum by text", 21, ActionStatus.NotStarted, ownerPerson: carer)
            .CarryOver(v1);

        family.Meeting("cic-review", MeetingKind.ChildInCareReview, plan, 10, 16, 0, 60, "Carol's home", null,
            "Kayden's review: his IRO checks that his care plan is working and that Kayden's wishes are heard. Kayden can chair part of it if he wants.",
            ("Kayden Reid", "Kayden", kayden, null), ("Stacey Reid", "Mum", stacey, null), ("Carol Whitfield", "Foster carer", carer, null),
            ("Rhys Mbatha", "Social worker", null, DemoWorkers.RhysMbatha), ("Dev Malhotra", "IRO (independent reviewing officer)", null, null));
    }

    private static void Begum(DemoDataSet set)
    {
        var family = new DemoFamily(set, "begum", "Begum family", DemoLocalities.East);
        var rokeya = family.Parent("rokeya", "Rokeya", "Begum", "Mum", new DateOnly(1982, 9, 9), "she/her");
        family.Parent("jamal", "Jamal", "Begum", "Dad", new DateOnly(1979, 3, 27), "he/him");
        var amira = family.Child("amira", "Amira", "Begum", set.Today.AddYears(-13).AddDays(-200), "she/her");
        family.OnCaseloadOf(DemoWorkers.RhysMbatha, 60);

        var plan = family.Plan("begum-cin", PlanKind.ChildInNeed, amira, DemoWorkers.RhysMbatha, 60);
        plan.Version(1, 25, DemoWorkers.RhysMbatha, "CIN plan agreed after the strategy discussion.")
            .Section(WhatWeAreWorriedAbout, Audience.Everyone, """
                Amira (13) disclosed self-harm (cutting) to the school nurse. A strategy discussion was held and the threshold for s47 was not met;
                a C&F assessment recommended CIN. Amira has been seen in A&E once (overdose of paracetamol, medically cleared). CAMHS crisis team
                assessed and she is now open to CAMHS (CBT). Amira reports online bullying and has been sent indecent images by an unknown adult
                male (reported to police, CEOP referral made).
                """)
            .Section(WhatIsWorkingWell, Audience.Everyone, """
                Amira has a close relationship with her mum and older sister. She has engaged with CAMHS and attends her sessions. School have put
                a safe space and a time-out card in place.
                """)
            .Section(WhatNeedsToHappen, Audience.Everyone, """
                Safety plan to be shared with parents and school. Parents to be supported around online safety and parental controls. Amira to
                continue CBT with CAMHS. School to address the bullying under their anti-bullying policy.
                """)
            .Section(WhatHappensIfNothingChanges, Audience.Everyone, """
                If the self-harm escalates or further risk online is identified, a further strategy discussion will be held and s47 enquiries
                may be needed.
                """)
            .Action("safety", "CAMHS and SW", "Share Amira's safety plan with parents and school", 3, ActionStatus.InProgress, DemoWorkers.RhysMbatha)
            .Action("online", "Mum and dad", "Set up parental controls with the SW's help", 10, ActionStatus.NotStarted, ownerPerson: rokeya)
            .Action("bullying", "Head of Year 9", "Meet Amira about the bullying and agree what school will do", 7, ActionStatus.NotStarted);

        family.Meeting("cin-meeting", MeetingKind.ReviewConference, plan, 9, 16, 0, 60, null, "https://meet.example.test/hartwell/cin-begum",
            "A child in need meeting to check Amira's plan is helping her feel safer, online and at school.",
            ("Rokeya Begum", "Mum", rokeya, null), ("Amira Begum", "Amira", amira, null), ("Rhys Mbatha", "Social worker", null, DemoWorkers.RhysMbatha),
            ("CAMHS practitioner", "CAMHS", null, null));
    }

    private static void Maddox(DemoDataSet set)
    {
        var family = new DemoFamily(set, "maddox", "Shannon Maddox", DemoLocalities.East);
        var shannon = family.Child("shannon", "Shannon", "Maddox", set.Today.AddYears(-18).AddDays(-45), "she/her");
        family.OnCaseloadOf(DemoWorkers.GarethPryce, 200);

        var plan = family.Plan("maddox-pathway", PlanKind.Pathway, shannon, DemoWorkers.GarethPryce, 200);
        plan.Version(1, 40, DemoWorkers.GarethPryce, "Pathway plan reviewed at 18.")
            .Section(WhatWeAreWorriedAbout, Audience.Everyone, """
                Shannon (18) is a former relevant child / care leaver and is entitled to PA support until 25. She moved from her SIL
                placement to a council tenancy (Canal Wharf) 6 weeks ago. She has rent arrears of £240 as her UC claim was delayed. Shannon is
                NEET since leaving college in the spring. She has a history of anxiety and is not currently open to adult MH services.
                """)
            .Section(WhatIsWorkingWell, Audience.Everyone, """
                Shannon has kept her tenancy clean and safe and has a good relationship with her PA. She stays in touch with her former foster
                carer. She has her setting up home allowance and has bought essentials.
                """)
            .Section(WhatNeedsToHappen, Audience.Everyone, """
                PA to support with the UC claim and an advance payment; discretionary housing payment application. Referral to the Care
                Leavers' Employment Hub for a traineeship. Shannon to register with a GP in Eastholm and discuss her anxiety.
                """)
            .Section(WhatNeedsToHappen, Audience.YoungPerson, """
                Shannon wants to do a hairdressing course in September and get a part-time job. She'd like help with budgeting "without being
                lectured".
                """)
            .Section(WhatHappensIfNothingChanges, Audience.Everyone, """
                If the arrears increase, Shannon could be at risk of losing her tenancy. Staying NEET long term would affect her wellbeing
                and income.
                """)
            .Action("uc", "PA (Gareth)", "Help Shannon sort her UC claim and apply for a DHP", 7, ActionStatus.InProgress, DemoWorkers.GarethPryce)
            .Action("hub", "PA (Gareth)", "Refer to the Care Leavers' Employment Hub", 14, ActionStatus.NotStarted, DemoWorkers.GarethPryce)
            .Action("gp", "Shannon", "Register with a GP near the flat", 14, ActionStatus.NotStarted, ownerPerson: shannon);

        family.Meeting("pathway-review", MeetingKind.ChildInCareReview, plan, 18, 11, 0, 60, "Eastholm Family Hub, café", null,
            "A pathway plan review: Shannon and her personal adviser check her plan for money, home, college and health.",
            ("Shannon Maddox", "Shannon", shannon, null), ("Gareth Pryce", "Personal adviser", null, DemoWorkers.GarethPryce));
    }

    private static void PatelGreene(DemoDataSet set)
    {
        var family = new DemoFamily(set, "patel-greene", "Patel-Greene family", DemoLocalities.East);
        var mum = family.Parent("nisha", "Nisha", "Patel", "Mum", new DateOnly(1986, 1, 25), "she/her");
        var riley = family.Child("riley", "Riley", "Patel-Greene", set.Today.AddYears(-15).AddDays(-100), "he/him");
        family.OnCaseloadOf(DemoWorkers.RhysMbatha, 250);

        var plan = family.Plan("patel-greene-cic", PlanKind.ChildInCare, riley, DemoWorkers.RhysMbatha, 250);
        plan.Version(1, 35, DemoWorkers.RhysMbatha, "Care plan updated after the missing episodes and MACE.")
            .Section(WhatWeAreWorriedAbout, Audience.Everyone, """
                Riley (15) is LAC (s20) in an out-of-area residential placement (OOA, 40 miles). There have been 6 missing episodes in 8 weeks;
                on 2 occasions Riley was found in another county with cash and 2 phones. Police believe Riley is being criminally exploited
                (county lines). An NRM referral has been made. Riley was discussed at MACE and a disruption plan is in place. Riley is not
                attending his education placement.
                """)
            .Section(WhatIsWorkingWell, Audience.Everyone, """
                Riley has a good relationship with his key worker at the home. He always calls mum when he is missing. He has completed all RHIs
                with the Missing and Exploitation worker.
                """)
            .Section(WhatNeedsToHappen, Audience.Everyone, """
                Placement stability meeting to consider whether a move closer to home is safer. Riley to be referred to the specialist
                exploitation mentoring service. Education: Virtual School to identify a tuition package. Mum to have regular family time
                at the home.
                """)
            .Section(WhatHappensIfNothingChanges, Audience.Everyone, """
                If the risk continues, the LA may apply for a secure accommodation order (s25) to keep Riley safe.
                """)
            .Action("stability", "SW (Rhys)", "Hold a placement stability meeting", 5, ActionStatus.NotStarted, DemoWorkers.RhysMbatha)
            .Action("mentor", "SW (Rhys)", "Refer to the exploitation mentoring service", 3, ActionStatus.InProgress, DemoWorkers.RhysMbatha)
            .Action("tuition", "Virtual School", "Put a tuition package in place", 14, ActionStatus.NotStarted)
            .Action("mum", "Mum", "Visit Riley at the home every other Sunday", 0, ActionStatus.InProgress, ownerPerson: mum);

        family.Meeting("cic-review", MeetingKind.ChildInCareReview, plan, 21, 14, 0, 90, "Hartwell Civic Centre, Room 4", "https://meet.example.test/hartwell/cic-patel-greene",
            "Riley's review with his IRO, to check his care plan keeps him safe and to hear what Riley wants.",
            ("Riley Patel-Greene", "Riley", riley, null), ("Nisha Patel", "Mum", mum, null), ("Rhys Mbatha", "Social worker", null, DemoWorkers.RhysMbatha),
            ("Dev Malhotra", "IRO", null, null));
    }
}
