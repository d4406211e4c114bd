using System.Globalization;
using System.Text.Json.Nodes;

namespace RightHelp.Api.Data.Seeding;

/// <summary>
/// The early help directory in Open Referral UK shape: organisations and services from
/// <c>Json/organizations.json</c> and <c>Json/services.json</c>, with the locations, schedules,
/// contacts, eligibility, costs, areas and taxonomy terms each service needs.
/// </summary>
public static class DemoDirectory
{
    public static readonly Guid TaxonomyId = DemoIds.For("taxonomy:right-help");

    public static Guid OrganizationId(string key) => DemoIds.For($"organization:{key}");

    public static Guid ServiceId(string key) => DemoIds.For($"service:{key}");

    public static Guid TermId(string code) => DemoIds.For($"taxonomy-term:{code}");

    /// <summary>Term code, name, and the everyday words people search with.</summary>
    private static readonly (string Code, string Name, string Description)[] Terms =
    [
        ("domestic-abuse", "Domestic abuse", "Domestic violence and abuse, controlling or coercive relationships, partner violence, staying safe"),
        ("substance-misuse", "Substance misuse", "Drugs and alcohol, drinking, cannabis, addiction, recovery"),
        ("adult-mental-health", "Adult mental health", "Mental health for parents and adults: anxiety, depression, stress, low mood, crisis"),
        ("children-mental-health", "Children and young people's mental health", "Emotional wellbeing for children and teenagers: worries, anxiety, self-harm, low mood, CAMHS"),
        ("parenting", "Parenting", "Parenting support and courses, family support, behaviour, routines, dads and mums"),
        ("send", "Special educational needs and disabilities (SEND)", "SEND, disability, autism, ADHD, EHCP, additional needs, short breaks"),
        ("youth", "Youth provision", "Youth clubs, youth work, activities and mentoring for teenagers"),
        ("young-carers", "Young carers", "Children and young people who look after a family member at home"),
        ("housing", "Housing", "Homelessness, rent arrears, eviction, tenancy, somewhere to live"),
        ("inclusion", "Exclusion and inclusion", "School attendance, exclusion and suspension, not going to school, alternative provision"),
        ("exploitation", "Exploitation", "Child criminal and sexual exploitation, county lines, grooming, going missing, gangs"),
        ("holiday-food", "Holiday activities and food", "Holiday clubs, free meals, food banks, food and activities in the school holidays"),
        ("early-years", "Early years", "Babies, toddlers and under 5s, health visitors, stay and play"),
        ("money", "Money and benefits", "Benefits, Universal Credit, debt, bills and money advice"),
    ];

    private sealed record Venue(string Address, string City, string Postcode, string Locality, double Latitude, double Longitude);

    private static readonly Dictionary<string, Venue> Venues = new(StringComparer.Ordinal)
    {
        ["hub:north"] = new("14 Mill Lane", "Northgate", "HW1 4QT", "north", 52.7712, -2.1104),
        ["hub:south"] = new("2 Chapel Street", "Southmere", "HW3 2LB", "south", 52.6921, -2.1032),
        ["hub:east"] = new("Unit 3, Wharf Road", "Eastholm", "HW5 7DN", "east", 52.7330, -2.0307),
        ["hub:west"] = new("The Old Library, 9 Station Road", "Westcombe", "HW7 1RS", "west", 52.7304, -2.1895),
        ["Civic Centre"] = new("Civic Centre, Market Square", "Southmere", "HW3 1AA", "south", 52.6950, -2.1061),
        ["Northgate"] = new("Northgate Health and Community Centre, 40 High Street", "Northgate", "HW1 2HS", "north", 52.7735, -2.1141),
        ["Southmere"] = new("The Old Bank, 18 Bridge Street", "Southmere", "HW3 3BR", "south", 52.6902, -2.0988),
        ["Eastholm"] = new("Canal Wharf Centre, 7 Towpath Way", "Eastholm", "HW5 6CW", "east", 52.7351, -2.0262),
        ["Westcombe"] = new("Orchard House, 22 Orchard Road", "Westcombe", "HW7 2OR", "west", 52.7288, -2.1930),
        ["Oak Lane"] = new("Oak Lane", "Northgate", "HW2 5OL", "north", 52.7790, -2.1202),
        ["Ashbridge"] = new("Academy Way", "Ashbridge", "HW2 8AA", "north", 52.7863, -2.0951),
        ["Kingsford"] = new("Brook Hill Road", "Kingsford", "HW4 3BH", "south", 52.6811, -2.1230),
    };

    public static void AddTo(DemoDataSet set)
    {
        set.Add(new Taxonomy
        {
            Id = TaxonomyId,
            Name = "Right Help categories",
            Description = "The areas of need schools and families look for, in the words they use.",
            Uri = "https://hartwell.example.test/taxonomy/right-help",
            Version = "1",
        });
        foreach (var (code, name, description) in Terms)
        {
            set.Add(new TaxonomyTerm
            {
                Id = TermId(code),
                TaxonomyId = TaxonomyId,
                Code = code,
                Name = name,
                Description = description,
                TermUri = $"https://hartwell.example.test/taxonomy/right-help/{code}",
            });
        }

        var hubLocations = DemoLocalities.All.ToDictionary(id => id, id => Guid.Empty);
        foreach (var slug in new[] { "north", "south", "east", "west" })
        {
            var venue = Venues["hub:" + slug];
            var id = DemoIds.For($"location:hub:{slug}");
            hubLocations[DemoLocalities.BySlug(slug)] = id;
            set.Add(PhysicalLocation(id, $"{CultureInfo.InvariantCulture.TextInfo.ToTitleCase(slug)} Family Hub", venue));
        }

        var organizations = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        foreach (var org in DemoJson.Load("organizations.json").Items())
        {
            var key = org.Text("key");
            organizations[key] = org;
            set.Add(new Organization
            {
                Id = OrganizationId(key),
                Name = org.Text("name"),
                Description = org.Text("description"),
                Type = org.Enum<OrganizationType>("type"),
                Email = org.OptionalText("email"),
                Website = org.OptionalText("website"),
            });
            var venueName = org.Text("venue");
            if (Venues.TryGetValue(venueName, out var venue))
            {
                set.Add(PhysicalLocation(DemoIds.For($"location:org:{key}"), org.Text("name"), venue));
            }
        }

        foreach (var service in DemoJson.Load("services.json").Items())
        {
            AddService(set, service, organizations[service.Text("org")], hubLocations);
        }
    }

    private static void AddService(
        DemoDataSet set, JsonNode service, JsonNode org, Dictionary<Guid, Guid> hubLocations)
    {
        var key = service.Text("key");
        var orgKey = org.Text("key");
        var id = ServiceId(key);
        var terms = service["terms"]!.AsArray().Select(t => t!.GetValue<string>()).ToList();
        var localities = service["areas"] is JsonArray areas
            ? areas.Select(a => DemoLocalities.BySlug(a!.GetValue<string>())).ToList()
            : DemoLocalities.All.ToList();
        var verifiedMonthsAgo = service.OptionalInt("verified") ?? 0;
        var assured = set.Today.AddMonths(-verifiedMonthsAgo).AddDays(-3);
        var attendance = service.Enum<Attendance>("attend");
        var free = service.Flag("free");
        var fees = service.OptionalText("fees");

        set.Add(new Service
        {
            Id = id,
            OrganizationId = OrganizationId(orgKey),
            Name = service.Text("name"),
            Description = service.Text("desc"),
            Url = $"{org.Text("website")}/{key}",
            Email = org.OptionalText("email"),
            Status = ServiceStatus.Active,
            Fees = free ? "Free" : fees,
            IsFree = free,
            ReferralRoute = service.Enum<ReferralRoute>("route"),
            HowToRefer = service.Text("refer"),
            AssuredDate = assured,
            AssurerEmail = "directory@example.test",
            LastModified = new DateTimeOffset(assured.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero),
        });

        foreach (var term in terms)
        {
            set.Add(new ServiceTaxonomyTerm { Id = DemoIds.For($"service-term:{key}:{term}"), ServiceId = id, TaxonomyTermId = TermId(term) });
        }
        foreach (var locality in localities)
        {
            set.Add(new ServiceArea
            {
                Id = DemoIds.For($"service-area:{key}:{locality}"),
                ServiceId = id,
                LocalityId = locality,
                Name = Venues.Values.First(v => DemoLocalities.BySlug(v.Locality) == locality).City + " and the surrounding area",
            });
        }

        var locations = new List<Guid>();
        var venueName = org.Text("venue");
        if (attendance == Attendance.Online || venueName == "online")
        {
            var online = DemoIds.For($"location:online:{orgKey}");
            if (!set.OfType<Location>().Any(l => l.Id == online))
            {
                set.Add(new Location { Id = online, LocationType = LocationType.Virtual, Name = $"{org.Text("name")} (online)", Description = "Online, by video or chat." });
            }
            locations.Add(online);
        }
        else if (venueName == "hub")
        {
            locations.AddRange(localities.Select(l => hubLocations[l]));
        }
        else
        {
            locations.Add(DemoIds.For($"location:org:{orgKey}"));
        }
        Guid? firstServiceAtLocation = null;
        foreach (var location in locations)
        {
            var serviceAtLocation = DemoIds.For($"service-at-location:{key}:{location}");
            firstServiceAtLocation ??= serviceAtLocation;
            set.Add(new ServiceAtLocation { Id = serviceAtLocation, ServiceId = id, LocationId = location });
        }

        var days = service.Text("day");
        var opens = service.OptionalTime("opens");
        var closes = service.OptionalTime("closes");
        set.Add(new Schedule
        {
            Id = DemoIds.For($"schedule:{key}"),
            ServiceId = id,
            ServiceAtLocationId = locations.Count == 1 ? firstServiceAtLocation : null,
            Freq = ScheduleFrequency.Weekly,
            ByDay = days,
            OpensAt = opens,
            ClosesAt = closes,
            ValidFrom = set.Today.AddMonths(-verifiedMonthsAgo - 6),
            Description = DescribeSchedule(days, opens, closes),
            AttendingType = attendance,
        });

        var contact = service.Text("contact").Split('|');
        set.Add(new Contact
        {
            Id = DemoIds.For($"contact:{key}"),
            ServiceId = id,
            Name = contact[0],
            Title = contact[1],
            Email = org.OptionalText("email"),
            Phone = service.OptionalText("phone"),
        });
        set.Add(new Eligibility
        {
            Id = DemoIds.For($"eligibility:{key}"),
            ServiceId = id,
            Description = service.Text("who"),
            MinimumAge = service.OptionalInt("min"),
            MaximumAge = service.OptionalInt("max"),
        });
        set.Add(new CostOption
        {
            Id = DemoIds.For($"cost:{key}"),
            ServiceId = id,
            Option = free ? "Free" : "Standard price",
            Amount = free ? 0m : FirstAmount(fees),
            AmountDescription = free ? "No charge" : fees,
        });
    }

    private static Location PhysicalLocation(Guid id, string name, Venue venue) => new()
    {
        Id = id,
        LocationType = LocationType.Physical,
        Name = name,
        Address1 = venue.Address,
        City = venue.City,
        StateProvince = "Hartwell",
        PostalCode = venue.Postcode,
        Country = "GB",
        Latitude = venue.Latitude,
        Longitude = venue.Longitude,
        Accessibility = "Step-free access and an accessible toilet.",
        LocalityId = DemoLocalities.BySlug(venue.Locality),
    };

    private static readonly string[] DayCodes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
    private static readonly string[] DayNames = ["Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays"];

    /// <summary>"MO,TU,WE,TH,FR" with 9:00 to 17:00 becomes "Monday to Friday, 9am to 5pm".</summary>
    public static string DescribeSchedule(string byDay, TimeOnly? opens, TimeOnly? closes)
    {
        var codes = byDay.Split(',');
        var indexes = codes.Select(c => Array.IndexOf(DayCodes, c)).ToArray();
        var consecutive = indexes.Length > 2 && indexes.Zip(indexes.Skip(1)).All(p => p.Second == p.First + 1);
        var days = indexes.Length == 7 ? "Every day"
            : consecutive ? $"{DayNames[indexes[0]][..^1]} to {DayNames[indexes[^1]][..^1]}"
            : indexes.Length == 1 ? DayNames[indexes[0]]
            : $"{string.Join(", ", indexes[..^1].Select(i => DayNames[i]))} and {DayNames[indexes[^1]]}";
        if (opens is null || closes is null)
        {
            return days;
        }
        return opens == new TimeOnly(0, 0) && closes == new TimeOnly(23, 59) ? $"{days}, 24 hours" : $"{days}, {Clock(opens.Value)} to {Clock(closes.Value)}";
    }

    private static string Clock(TimeOnly time)
    {
        var hour = time.Hour % 12 == 0 ? 12 : time.Hour % 12;
        var suffix = time.Hour < 12 ? "am" : "pm";
        return time.Minute == 0 ? $"{hour}{suffix}" : $"{hour}:{time.Minute:00}{suffix}";
    }

    private static decimal? FirstAmount(string? fees)
    {
        if (fees is null)
        {
            return null;
        }
        var start = fees.IndexOf('£', StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }
        var digits = new string(fees[(start + 1)..].TakeWhile(c => char.IsDigit(c) || c == '.').ToArray());
        return decimal.TryParse(digits, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) ? amount : null;
    }
}
