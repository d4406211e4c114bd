namespace RightHelp.Api.Data.Seeding;

/// <summary>Writes one demo family: its people, plans, meetings and who works with them.</summary>
public sealed class DemoFamily
{
    private readonly DemoDataSet set;
    private readonly string key;

    public DemoFamily(DemoDataSet set, string key, string displayName, Guid locality)
    {
        this.set = set;
        this.key = key;
        Id = DemoIds.For($"family:{key}");
        set.Add(new Family
        {
            Id = Id,
            DisplayName = displayName,
            LocalityId = locality,
            ExternalSource = "Mosaic",
            ExternalReference = $"FAM-{key}",
            CreatedAt = set.Now.AddDays(-200),
        });
    }

    public Guid Id { get; }

    public Guid Parent(string personKey, string given, string familyName, string relationship, DateOnly dateOfBirth, string? pronouns = null)
        => AddPerson(personKey, PersonRole.ParentOrCarer, given, familyName, relationship, dateOfBirth, pronouns);

    public Guid Child(string personKey, string given, string familyName, DateOnly dateOfBirth, string? pronouns = null, string? preferredName = null)
        => AddPerson(personKey, PersonRole.ChildOrYoungPerson, given, familyName, null, dateOfBirth, pronouns, preferredName);

    public Guid PersonId(string personKey) => DemoIds.For($"person:{key}:{personKey}");

    public void OnCaseloadOf(Guid worker, int sinceDaysAgo)
        => set.Add(new CaseloadEntry
        {
            Id = DemoIds.For($"caseload:{key}:{worker}"),
            WorkerId = worker,
            FamilyId = Id,
            Since = set.Today.AddDays(-sinceDaysAgo),
        });

    public DemoPlan Plan(string planKey, PlanKind kind, Guid subject, Guid leadWorker, int startedDaysAgo)
        => new(set, this, planKey, kind, subject, leadWorker, startedDaysAgo);

    /// <summary>A meeting <paramref name="inDays"/> from today (negative: already held), at a UK wall-clock time.</summary>
    public Guid Meeting(
        string meetingKey, MeetingKind kind, DemoPlan? plan, int inDays, int hour, int minute, int minutes,
        string? location, string? onlineLink, string purpose, params (string Name, string Role, Guid? Person, Guid? Worker)[] attendees)
    {
        var id = DemoIds.For($"meeting:{key}:{meetingKey}");
        var (startsAt, endsAt) = MeetingTimes(inDays, hour, minute, minutes);
        set.Add(new Meeting
        {
            Id = id,
            FamilyId = Id,
            PlanId = plan?.Id,
            Kind = kind,
            Status = inDays < 0 ? MeetingStatus.Held : MeetingStatus.Scheduled,
            StartsAt = startsAt,
            EndsAt = endsAt,
            Location = location,
            OnlineLink = onlineLink,
            Purpose = purpose,
            CalendarToken = DemoIds.Token($"meeting:{key}:{meetingKey}"),
            ExternalSource = "Mosaic",
            ExternalReference = $"MTG-{key}-{meetingKey}",
            CreatedAt = set.Now.AddDays(Math.Min(inDays, 0) - 14),
        });
        var position = 0;
        foreach (var (name, role, person, worker) in attendees)
        {
            set.Add(new MeetingAttendee
            {
                Id = DemoIds.For($"attendee:{key}:{meetingKey}:{position++}"),
                MeetingId = id,
                Name = name,
                Role = role,
                PersonId = person,
                WorkerId = worker,
            });
        }
        return id;
    }

    public (DateTimeOffset StartsAt, DateTimeOffset EndsAt) MeetingTimes(int inDays, int hour, int minute, int minutes)
    {
        var date = set.WorkingDayFromNow(inDays);
        var startsAt = DemoDataSet.LondonTime(date, hour, minute);
        return (startsAt, startsAt.AddMinutes(minutes));
    }

    public void Question(string questionKey, Guid askedBy, Guid worker, DemoPlan? plan, int askedDaysAgo, string text, string? answer)
    {
        var askedAt = set.Now.AddDays(-askedDaysAgo).AddHours(-3);
        set.Add(new Question
        {
            Id = DemoIds.For($"question:{key}:{questionKey}"),
            FamilyId = Id,
            AskedById = askedBy,
            WorkerId = worker,
            PlanId = plan?.Id,
            Text = text,
            AskedAt = askedAt,
            PromisedReplyBy = askedAt.AddDays(3),
            Answer = answer,
            AnsweredAt = answer is null ? null : askedAt.AddDays(1),
            AnsweredById = answer is null ? null : worker,
        });
    }

    private Guid AddPerson(string personKey, PersonRole role, string given, string familyName, string? relationship, DateOnly dateOfBirth, string? pronouns, string? preferredName = null)
    {
        var id = PersonId(personKey);
        set.Add(new Person
        {
            Id = id,
            FamilyId = Id,
            Role = role,
            GivenName = given,
            FamilyName = familyName,
            PreferredName = preferredName,
            RelationshipDescription = relationship,
            DateOfBirth = dateOfBirth,
            Pronouns = pronouns,
            ExternalSource = "Mosaic",
            ExternalReference = $"PER-{key}-{personKey}",
        });
        return id;
    }
}
