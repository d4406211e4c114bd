namespace RightHelp.Api.Data.Seeding;

/// <summary>Locality offers from <c>Json/offers.json</c>, each linked to the directory service behind it.</summary>
public static class DemoOffers
{
    public static void AddTo(DemoDataSet set)
    {
        foreach (var offer in DemoJson.Load("offers.json").Items())
        {
            var day = offer.OptionalText("day");
            set.Add(new Offer
            {
                Id = DemoIds.For($"offer:{offer.Text("key")}"),
                LocalityId = DemoLocalities.BySlug(offer.Text("locality")),
                Title = offer.Text("title"),
                Description = offer.Text("desc"),
                WhoFor = offer.Text("who"),
                MinimumAge = offer.OptionalInt("min"),
                MaximumAge = offer.OptionalInt("max"),
                Category = offer.Enum<OfferCategory>("category"),
                Cost = offer.Text("cost"),
                IsFree = offer.Flag("free"),
                ScheduleText = offer.Text("schedule"),
                Day = day is null ? null : Enum.Parse<DayOfWeek>(day),
                StartTime = offer.OptionalTime("start"),
                EndTime = offer.OptionalTime("end"),
                Attendance = offer.Enum<Attendance>("attend"),
                Venue = offer.Text("venue"),
                HowToJoin = offer.Text("join"),
                Accessibility = offer.Text("access"),
                ServiceId = offer.OptionalText("service") is { } service ? DemoDirectory.ServiceId(service) : null,
                UpdatedAt = set.Now.AddDays(-14),
            });
        }
    }
}
