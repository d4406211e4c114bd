namespace RightHelp.Api.Data.Seeding;

/// <summary>Hartwell's four localities, their family hubs, partnership meetings and "100 children" profiles. All invented.</summary>
public static class DemoLocalities
{
    public static readonly Guid North = DemoIds.For("locality:north");
    public static readonly Guid South = DemoIds.For("locality:south");
    public static readonly Guid East = DemoIds.For("locality:east");
    public static readonly Guid West = DemoIds.For("locality:west");

    public static IReadOnlyList<Guid> All { get; } = [North, South, East, West];

    public static Guid BySlug(string slug) => slug switch
    {
        "north" => North,
        "south" => South,
        "east" => East,
        "west" => West,
        _ => throw new ArgumentOutOfRangeException(nameof(slug), slug, "Demo localities are north, south, east and west."),
    };

    public static void AddTo(DemoDataSet set)
    {
        Add(set, North, "North", "north",
            "Northgate, Ashbridge and the villages up to Kestrel Moor.",
            "Northgate Family Hub", "14 Mill Lane, Northgate, Hartwell", "HW1 4QT",
            "01632 960101", "north.earlyhelp@example.test",
            ["HW1", "HW2", "HW9"], ["Northgate", "Ashbridge", "Kestrel Moor", "Pollards End"],
            [34, 6, 15, 3, 5, 27, 19, 13, 4, 1]);
        Add(set, South, "South", "south",
            "Southmere town centre, Kingsford and the Riverside estate.",
            "Southmere Family Hub", "2 Chapel Street, Southmere, Hartwell", "HW3 2LB",
            "01632 960202", "south.earlyhelp@example.test",
            ["HW3", "HW4"], ["Southmere", "Kingsford", "Riverside", "Copley Green"],
            [41, 9, 17, 4, 6, 35, 22, 14, 6, 2]);
        Add(set, East, "East", "east",
            "Eastholm, Brackley Vale and the Canal Wharf neighbourhood.",
            "Eastholm Family Hub", "Unit 3, Wharf Road, Eastholm, Hartwell", "HW5 7DN",
            "01632 960303", "east.earlyhelp@example.test",
            ["HW5", "HW6"], ["Eastholm", "Brackley Vale", "Canal Wharf", "Saltings"],
            [38, 8, 14, 3, 5, 31, 20, 12, 5, 1]);
        Add(set, West, "West", "west",
            "Westcombe, Fairfield Heath and Orchard Park.",
            "Westcombe Family Hub", "The Old Library, 9 Station Road, Westcombe, Hartwell", "HW7 1RS",
            "01632 960404", "west.earlyhelp@example.test",
            ["HW7", "HW8"], ["Westcombe", "Fairfield Heath", "Orchard Park", "Linney Cross"],
            [26, 5, 13, 3, 4, 21, 15, 11, 3, 1]);
    }

    private static readonly string[] ProfileLabels =
    [
        "live in a home where money is very tight (after housing costs)",
        "live in a home where there has been domestic abuse",
        "get extra help at school for special educational needs",
        "have an education, health and care plan (EHCP)",
        "look after someone at home (young carers)",
        "get free school meals",
        "miss a lot of school (persistently absent)",
        "have a mental health difficulty such as anxiety or low mood",
        "have a social worker (child in need or child protection plan)",
        "are in care",
    ];

    private static void Add(
        DemoDataSet set, Guid id, string name, string slug, string summary,
        string hubName, string hubAddress, string hubPostcode, string phone, string email,
        List<string> districts, List<string> places, int[] profile)
    {
        set.Add(new Locality
        {
            Id = id,
            Name = name,
            Slug = slug,
            Summary = summary,
            HubName = hubName,
            HubAddress = hubAddress,
            HubPostcode = hubPostcode,
            HubOpeningTimes = "Monday to Friday, 9am to 5pm; late opening until 7pm on Wednesdays",
            EarlyHelpPhone = phone,
            EarlyHelpEmail = email,
            PostcodeDistricts = districts,
            Places = places,
        });
        for (var i = 0; i < ProfileLabels.Length; i++)
        {
            set.Add(new LocalityProfileItem
            {
                Id = DemoIds.For($"profile:{slug}:{i}"),
                LocalityId = id,
                Position = i + 1,
                Count = profile[i],
                Label = ProfileLabels[i],
                Source = "Demo figures (invented), in the shape of a council's \"if we were 100 children\" profile.",
            });
        }
        // Partnership meetings fall on the second Tuesday of each of the next six months.
        var firstOfMonth = new DateOnly(set.Today.Year, set.Today.Month, 1);
        for (var month = 0; month < 6; month++)
        {
            var date = SecondTuesday(firstOfMonth.AddMonths(month));
            set.Add(new PartnershipMeeting
            {
                Id = DemoIds.For($"partnership:{slug}:{date:yyyy-MM}"),
                LocalityId = id,
                StartsAt = DemoDataSet.LondonTime(date, 9, 30),
                EndsAt = DemoDataSet.LondonTime(date, 11, 30),
                Venue = hubName,
                Description = $"{name} locality partnership: schools, health visitors, police, housing and the early help team plan together. Designated safeguarding leads are welcome.",
            });
        }
    }

    private static DateOnly SecondTuesday(DateOnly firstOfMonth)
    {
        var offset = ((int)DayOfWeek.Tuesday - (int)firstOfMonth.DayOfWeek + 7) % 7;
        return firstOfMonth.AddDays(offset + 7);
    }
}
