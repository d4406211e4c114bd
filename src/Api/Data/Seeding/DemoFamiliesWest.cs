using static RightHelp.Api.Data.SectionHeading;

namespace RightHelp.Api.Data.Seeding;

/// <summary>Families in West: early help, a young carer, an unaccompanied young person and a child in need.</summary>
public static class DemoFamiliesWest
{
    public static void AddTo(DemoDataSet set)
    {
        Kowalczyk(set);
        Nwosu(set);
        Karimi(set);
        Doyle(set);
    }

    private static void Kowalczyk(DemoDataSet set)
    {
        var family = new DemoFamily(set, "kowalczyk", "Kowalczyk family", DemoLocalities.West);
        var ewa = family.Parent("ewa", "Ewa", "Kowalczyk", "Mum", new DateOnly(1983, 2, 11), "she/her");
        var zofia = family.Child("zofia", "Zofia", "Kowalczyk", set.Today.AddYears(-12).AddDays(-80), "she/her", "Zosia");
        family.Child("kacper", "Kacper", "Kowalczyk", set.Today.AddYears(-8).AddDays(-15), "he/him");
        family.OnCaseloadOf(DemoWorkers.NadiaKowal, 80);

        var plan = family.Plan("kowalczyk-eh", PlanKind.EarlyHelp, zofia, DemoWorkers.NadiaKowal, 80);
        plan.Version(1, 30, DemoWorkers.NadiaKowal, "TAF plan agreed.")
            .Section(WhatWeAreWorriedAbout, Audience.Everyone, """
                Zofia (12) is a young carer for her mum, who has MS, and helps with her brother Kacper (8). School report Zofia is often late,
                tired and has missed homework; attendance 88%. Zofia told her form tutor she worries about mum when she's at school.
                Mum's care package has not been reviewed by adult social care for 2 years.
                """)
            .Section(WhatIsWorkingWell, Audience.Everyone, """
                The family are close and mum is very proud of Zofia. Zofia is doing well in music and plays the violin. Dad lives in Poland but
                calls every weekend.
                """)
            .Section(WhatNeedsToHappen, Audience.Everyone, """
                Young carers' assessment to be completed and Zofia referred to the Young Carers project. Adult social care to review mum's care and support
                plan (Care Act assessment). School to give Zofia a young carer's card so she can phone home at lunchtime.
                """)
            .Section(WhatNeedsToHappen, Audience.YoungPerson, """
                Zosia wants to go to the young carers' club on Wednesdays and to not be told off for being late when mum has had a bad morning.
                """)
            .Section(WhatHappensIfNothingChanges, Audience.Everyone, """
                Zofia may take on more caring than is right for her age and her education and wellbeing could suffer.
                """)
            .Action("ycassess", "EH practitioner (Nadia)", "Complete the young carers' assessment with Zosia", -5, ActionStatus.Done, DemoWorkers.NadiaKowal)
            .Action("club", "EH practitioner (Nadia)", "Refer to Hartwell Young Carers (Wednesday club)", 7, ActionStatus.InProgress, DemoWorkers.NadiaKowal)
            .Action("asc", "Adult social care", "Review mum's care and support plan", 28, ActionStatus.NotStarted)
            .Action("card", "Head of Year 7", "Give Zosia a young carer's card", 5, ActionStatus.NotStarted);

        family.Meeting("taf-review", MeetingKind.TeamAroundTheFamilyReview, plan, 9, 15, 45, 60, "Fairfield Heath Primary, meeting room", null,
            "The team around the family meets to check the plan is helping, and to hear from Zosia.",
            ("Ewa Kowalczyk", "Mum", ewa, null), ("Zofia Kowalczyk", "Zosia", zofia, null), ("Nadia Kowal", "Early help practitioner", null, DemoWorkers.NadiaKowal),
            ("Ms R. Hale", "Head of Year 7, Westcombe High", null, null));
    }

    private static void Nwosu(DemoDataSet set)
    {
        var family = new DemoFamily(set, "nwosu", "Nwosu family", DemoLocalities.West);
        var adaeze = family.Parent("adaeze", "Adaeze", "Nwosu", "Mum", new DateOnly(1990, 7, 7), "she/her");
        var chidi = family.Parent("chidi", "Chidi", "Nwosu", "Dad", new DateOnly(1988, 12, 30), "he/him");
        var tobi = family.Child("tobi", "Tobi", "Nwosu", set.Today.AddYears(-6).AddDays(-90), "he/him");
        family.OnCaseloadOf(DemoWorkers.NadiaKowal, 50);

        var plan = family.Plan("nwosu-eh", PlanKind.EarlyHelp, tobi, DemoWorkers.NadiaKowal, 50);
        plan.Version(1, 20, DemoWorkers.NadiaKowal, "EH plan agreed after the EHA.")
            .Section(WhatWeAreWorriedAbout, Audience.Everyone, """
                Tobi (6) has frequent meltdowns at home and at school (hitting out, throwing things). Parents feel they have tried everything.
                Sleep is poor. School have put Tobi on a behaviour plan and he has had 2 internal exclusions. No SEND diagnosis; school
                have referred to the EP service. Parents are new to the area with no family nearby.
                """)
            .Section(WhatIsWorkingWell, Audience.Everyone, """
                Both parents are warm and consistent and came to the first meeting together. Tobi is bright, loves Lego and football, and is
                calm with his dad at the weekend.
                """)
            .Section(WhatNeedsToHappen, Audience.Everyone, """
                Parents to attend a Triple P group (Level 4). EP to observe Tobi in class. School and home to use the same visual timetable
                and calm-down plan. FGC to be offered to widen the family's support network, including church friends.
                """)
            .Section(WhatHappensIfNothingChanges, Audience.Everyone, """
                Tobi's behaviour could lead to suspension and the family could reach crisis without support nearby.
                """)
            .Action("triplep", "Mum and dad", "Go to the Triple P group on Thursdays at Westcombe Family Hub", 35, ActionStatus.InProgress, ownerPerson: adaeze)
            .Action("ep", "School SENCO", "Book the EP observation", 21, ActionStatus.NotStarted)
            .Action("timetable", "EH practitioner (Nadia)", "Make a visual timetable for home that matches school's", 7, ActionStatus.InProgress, DemoWorkers.NadiaKowal);

        family.Meeting("fgc", MeetingKind.FamilyGroupConference, plan, 16, 18, 0, 120, "Orchard Park Community Church hall", null,
            "A family group conference: Tobi's family and the people close to them make a plan together, with help from an independent coordinator.",
            ("Adaeze Nwosu", "Mum", adaeze, null), ("Chidi Nwosu", "Dad", chidi, null), ("Nadia Kowal", "Early help practitioner", null, DemoWorkers.NadiaKowal),
            ("Ayo Brennan", "FGC coordinator", null, null));
    }

    private static void Karimi(DemoDataSet set)
    {
        var family = new DemoFamily(set, "karimi", "Ahmad Karimi", DemoLocalities.West);
        var ahmad = family.Child("ahmad", "Ahmad", "Karimi", set.Today.AddYears(-17).AddDays(-120), "he/him");
        var host = family.Parent("host", "Margaret", "Lyle", "Supported lodgings host", new DateOnly(1961, 5, 14), "she/her");
        family.OnCaseloadOf(DemoWorkers.GarethPryce, 120);

        var plan = family.Plan("karimi-pathway", PlanKind.Pathway, ahmad, DemoWorkers.GarethPryce, 120);
        plan.Version(1, 50, DemoWorkers.GarethPryce, "Pathway plan at 17 (eligible child).")
            .Section(WhatWeAreWorriedAbout, Audience.Everyone, """
                Ahmad (17) is a UASC and LAC (s20), placed in supported lodgings. He is an eligible child and will be a care leaver at 18.
                His asylum claim is pending with the Home Office; age was accepted following a Merton-compliant age assessment. Ahmad has
                symptoms of PTSD (nightmares, flashbacks) and has been referred to the Refugee Wellbeing Service. He has ESOL Entry 3.
                """)
            .Section(WhatIsWorkingWell, Audience.Everyone, """
                Ahmad attends ESOL at Westcombe College every day and his English has improved quickly. He has a good relationship with his host
                Margaret and volunteers at the food bank. He plays cricket with a local club.
                """)
            .Section(WhatNeedsToHappen, Audience.Everyone, """
                Immigration solicitor to be chased re: the substantive interview. Referral to the Refugee Wellbeing Service. PA to complete the
                pathway needs assessment before 18 and to plan accommodation post-18 (staying put is not available in supported lodgings).
                """)
            .Section(WhatNeedsToHappen, Audience.YoungPerson, """
                Ahmad wants to study engineering and to stay in Westcombe near his cricket club. He'd like an interpreter in Dari for meetings
                about his asylum claim.
                """)
            .Section(WhatHappensIfNothingChanges, Audience.Everyone, """
                If his immigration status is not resolved before 18, Ahmad's access to housing and funding may be limited.
                """)
            .Action("solicitor", "PA (Gareth)", "Chase the immigration solicitor about the interview date", 5, ActionStatus.InProgress, DemoWorkers.GarethPryce)
            .Action("wellbeing", "PA (Gareth)", "Refer to the Refugee Wellbeing Service", -10, ActionStatus.Done, DemoWorkers.GarethPryce)
            .Action("housing", "PA and Ahmad", "Look at housing options for after 18", 60, ActionStatus.NotStarted, ownerPerson: ahmad)
            .Action("interpreter", "PA (Gareth)", "Book a Dari interpreter for the next review", 25, ActionStatus.NotStarted, DemoWorkers.GarethPryce);

        family.Meeting("pathway-review", MeetingKind.ChildInCareReview, plan, 26, 10, 30, 60, "Westcombe Family Hub", null,
            "Ahmad's pathway review with his IRO and PA, with a Dari interpreter, to plan for turning 18.",
            ("Ahmad Karimi", "Ahmad", ahmad, null), ("Margaret Lyle", "Supported lodgings host", host, null),
            ("Gareth Pryce", "Personal adviser", null, DemoWorkers.GarethPryce), ("Dev Malhotra", "IRO", null, null), ("Dari interpreter", "Interpreter", null, null));
    }

    private static void Doyle(DemoDataSet set)
    {
        var family = new DemoFamily(set, "doyle", "Doyle family", DemoLocalities.West);
        var kerry = family.Parent("kerry", "Kerry", "Doyle", "Mum", new DateOnly(1992, 9, 1), "she/her");
        family.Child("mia", "Mia", "Doyle", set.Today.AddYears(-8).AddDays(-33), "she/her");
        family.OnCaseloadOf(DemoWorkers.JoOyelaran, 70);

        var plan = family.Plan("doyle-cin", PlanKind.ChildInNeed, family.PersonId("mia"), DemoWorkers.JoOyelaran, 70);
        plan.Version(1, 21, DemoWorkers.JoOyelaran, "Stepped down from CP to CIN at RCPC.")
            .Section(WhatWeAreWorriedAbout, Audience.Everyone, """
                Mia (8) was on a CP plan (emotional abuse) for 9 months due to DA by mum's ex-partner, and was stepped down to CIN at the RCPC.
                Mum's ex-partner is on licence with conditions not to contact mum. Mia has nightmares and is anxious about being away from mum.
                """)
            .Section(WhatIsWorkingWell, Audience.Everyone, """
                Mum has completed the Freedom Programme and has a safety plan with the IDVA. Mia attends school every day and loves Brownies.
                Operation Encompass notifications have stopped.
                """)
            .Section(WhatNeedsToHappen, Audience.Everyone, """
                Mia to start therapeutic play sessions (DA recovery, 10 weeks). School to continue ELSA sessions. CIN to be reviewed in
                3 months with a view to step-down to EH.
                """)
            .Section(WhatHappensIfNothingChanges, Audience.Everyone, """
                If the ex-partner breaches his licence or mum resumes the relationship, a strategy discussion will be held.
                """)
            .Action("play", "Children's DA service", "Start 10 weeks of therapeutic play with Mia", 14, ActionStatus.NotStarted)
            .Action("elsa", "School ELSA", "Weekly ELSA sessions", 60, ActionStatus.InProgress)
            .Action("idva", "Mum", "Keep in touch with the IDVA and update the safety plan if anything changes", 30, ActionStatus.InProgress, ownerPerson: kerry);

        family.Meeting("cin-review", MeetingKind.ReviewConference, plan, 24, 9, 30, 60, "Westcombe Family Hub", null,
            "A child in need review to see how Mia is doing and whether the family still needs a social worker.",
            ("Kerry Doyle", "Mum", kerry, null), ("Jo Oyelaran", "Social worker", null, DemoWorkers.JoOyelaran), ("Mrs A. Nolan", "Class teacher", null, null));
    }
}
