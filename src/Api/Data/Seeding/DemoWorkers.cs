namespace RightHelp.Api.Data.Seeding;

/// <summary>Practitioners and managers, each describing themselves in their own plain words. All invented.</summary>
public static class DemoWorkers
{
    public static readonly Guid PriyaNatt = DemoIds.For("worker:priya-natt");
    public static readonly Guid SamOkonedo = DemoIds.For("worker:sam-okonedo");
    public static readonly Guid LeanneCorbett = DemoIds.For("worker:leanne-corbett");
    public static readonly Guid TomAldridge = DemoIds.For("worker:tom-aldridge");
    public static readonly Guid MarcusFeld = DemoIds.For("worker:marcus-feld");
    public static readonly Guid AishaRahman = DemoIds.For("worker:aisha-rahman");
    public static readonly Guid HelenBrook = DemoIds.For("worker:helen-brook");
    public static readonly Guid RhysMbatha = DemoIds.For("worker:rhys-mbatha");
    public static readonly Guid GarethPryce = DemoIds.For("worker:gareth-pryce");
    public static readonly Guid NadiaKowal = DemoIds.For("worker:nadia-kowal");
    public static readonly Guid JoOyelaran = DemoIds.For("worker:jo-oyelaran");

    public static void AddTo(DemoDataSet set)
    {
        Add(set, PriyaNatt, WorkerRole.Practitioner, "Priya", "Natt", "she/her", "Social worker", "North Family Safeguarding Team", DemoLocalities.North,
            "I'm Priya. I've been a social worker for six years and I grew up not far from Northgate. I'd rather sit at your kitchen table than in an office. If I say something that doesn't make sense, stop me and I'll say it again in a better way. I always text back, even if it's just to say I'm in a meeting.",
            "worker@example.test", "07700 900101", "Monday to Friday, 8:30am to 4:30pm", null, null);
        Add(set, SamOkonedo, WorkerRole.Manager, "Sam", "Okonedo", "he/him", "Team manager", "North and East Family Safeguarding", DemoLocalities.North,
            "I manage the social workers and family support workers in North and East. If you're not happy with how things are going, you can always ask to speak to me.",
            "manager@example.test", "01632 960111", "Monday to Friday, 9am to 5pm", null, null);
        Add(set, TomAldridge, WorkerRole.Practitioner, "Tom", "Aldridge", "he/him", "Family support worker", "North Early Help Team", DemoLocalities.North,
            "I'm Tom. Before this job I ran a youth club for ten years. I'm good at the practical stuff: routines, forms, getting to appointments. I'm a dad of two, so I know mornings can be chaos.",
            "tom.aldridge@example.test", "07700 900104", "Tuesday to Friday, 9am to 5pm", null, null);
        Add(set, LeanneCorbett, WorkerRole.Practitioner, "Leanne", "Corbett", "she/her", "Family support worker", "North Early Help Team", DemoLocalities.North,
            "I'm Leanne. I help families get the right support around them, mostly with school and routines. I'm leaving soon to start a new job, and Tom will take over. We'll do a visit together first so you're not starting from scratch.",
            "leanne.corbett@example.test", "07700 900103", "Monday to Thursday, 9am to 3pm", set.Today.AddDays(18), TomAldridge);
        Add(set, HelenBrook, WorkerRole.Manager, "Helen", "Brook", "she/her", "Team manager", "South and West Family Safeguarding", DemoLocalities.South,
            "I manage the teams in South and West. I read every bit of feedback families send us about my teams.",
            "helen.brook@example.test", "01632 960212", "Monday to Friday, 9am to 5pm", null, null);
        Add(set, MarcusFeld, WorkerRole.Practitioner, "Marcus", "Feld", "he/him", "Social worker", "South Family Safeguarding Team", DemoLocalities.South,
            "I'm Marcus. I've worked in Southmere for nine years. I'll always tell you straight what I'm worried about and what I think is going well. I'll never turn up without telling you first unless I really have to.",
            "marcus.feld@example.test", "07700 900201", "Monday to Friday, 9am to 5pm", null, null);
        Add(set, AishaRahman, WorkerRole.Practitioner, "Aisha", "Rahman", "she/her", "Social worker", "South Children with Disabilities Team", DemoLocalities.South,
            "I'm Aisha. I work with disabled children and their families. I speak English, Bengali and Sylheti. I know how tiring it is to tell your story again and again, so I'll read what's already written before I ask you.",
            "aisha.rahman@example.test", "07700 900202", "Monday to Wednesday and Friday, 9am to 5pm", null, null);
        Add(set, RhysMbatha, WorkerRole.Practitioner, "Rhys", "Mbatha", "he/him", "Social worker", "East Children in Care Team", DemoLocalities.East,
            "I'm Rhys. I work with children and young people who live away from their families. My job is to make sure you're happy where you live, see the people who matter to you, and have a say in decisions about your life.",
            "rhys.mbatha@example.test", "07700 900301", "Monday to Friday, 9am to 5pm", null, null);
        Add(set, GarethPryce, WorkerRole.Practitioner, "Gareth", "Pryce", "he/him", "Personal adviser", "Leaving Care Team", DemoLocalities.East,
            "I'm Gareth, a personal adviser. I help young people who have been in care with the grown-up stuff: money, somewhere to live, college and jobs. You can stay in touch with me until you're 25.",
            "gareth.pryce@example.test", "07700 900302", "Monday to Friday, 10am to 6pm", null, null);
        Add(set, NadiaKowal, WorkerRole.Practitioner, "Nadia", "Kowal", "she/her", "Early help practitioner", "West Early Help Team", DemoLocalities.West,
            "I'm Nadia. I work with families who want a bit of help before things get harder. I speak Polish and English. You decide what goes in your plan with me.",
            "nadia.kowal@example.test", "07700 900401", "Monday to Friday, 9am to 5pm", null, null);
        Add(set, JoOyelaran, WorkerRole.Practitioner, "Jo", "Oyelaran", "they/them", "Social worker", "West Family Safeguarding Team", DemoLocalities.West,
            "I'm Jo. I've been a social worker for three years and before that I was a teaching assistant. I like working things out together with families.",
            "jo.oyelaran@example.test", "07700 900402", "Monday to Friday, 9am to 5pm", null, null);

        Cover(set, SamOkonedo, DemoLocalities.North, DemoLocalities.East);
        Cover(set, HelenBrook, DemoLocalities.South, DemoLocalities.West);
        Cover(set, PriyaNatt, DemoLocalities.North);
        Cover(set, TomAldridge, DemoLocalities.North);
        Cover(set, LeanneCorbett, DemoLocalities.North);
        Cover(set, MarcusFeld, DemoLocalities.South);
        Cover(set, AishaRahman, DemoLocalities.South);
        Cover(set, RhysMbatha, DemoLocalities.East);
        Cover(set, GarethPryce, DemoLocalities.East, DemoLocalities.West);
        Cover(set, NadiaKowal, DemoLocalities.West);
        Cover(set, JoOyelaran, DemoLocalities.West);
    }

    private static void Add(
        DemoDataSet set, Guid id, WorkerRole role, string given, string family, string pronouns, string title, string team,
        Guid locality, string aboutMe, string email, string phone, string pattern, DateOnly? leavingOn, Guid? successor)
        => set.Add(new Worker
        {
            Id = id,
            Role = role,
            GivenName = given,
            FamilyName = family,
            Pronouns = pronouns,
            JobTitle = title,
            TeamName = team,
            LocalityId = locality,
            AboutMe = aboutMe,
            Email = email,
            Phone = phone,
            WorkingPattern = pattern,
            LeavingOn = leavingOn,
            SuccessorId = successor,
        });

    private static void Cover(DemoDataSet set, Guid worker, params Guid[] localities)
    {
        foreach (var locality in localities)
        {
            set.Add(new WorkerLocality { Id = DemoIds.For($"worker-locality:{worker}:{locality}"), WorkerId = worker, LocalityId = locality });
        }
    }
}
