using RightHelp.Portal.Api.Offers;

namespace RightHelp.Portal.Tests.Offers;

/// <summary>Invented offers and a locality in the shapes the Api sends.</summary>
public static class OfferData
{
    public static readonly LocalityName South = new("South", "south");

    public static OfferItem Offer(string title = "Baby and toddler group", bool free = true, string id = "T2ZmZXI6MQ") => new(
        id, title, "Songs, play and a snack.", "Children under 5 with a grown-up", 0, 5, "BABIES_AND_TODDLERS",
        free ? "Free" : "£2 a session", free, "Wednesdays, 10am to 11:30am", "WEDNESDAY", "10:00", "11:30",
        "IN_PERSON_OR_ONLINE", "Southmere Family Hub", "Just come along.", "Step-free. Baby change.", South);

    public static IReadOnlyList<LocalitySummary> Localities { get; } =
    [
        new("TG9jOjE", "North", "north", "Northgate and around.", "Northgate Family Hub", ["HW1", "HW2"], ["Northgate", "Ashbridge"]),
        new("TG9jOjI", "South", "south", "Southmere and around.", "Southmere Family Hub", ["HW3", "HW4"], ["Southmere", "Kingsford"]),
    ];

    public static LocalityDetail Locality(IReadOnlyList<ProfileLine>? profile = null) => new(
        "TG9jOjI", "South", "south", "Southmere town centre and Kingsford.", "Southmere Family Hub", "2 Chapel Street, Southmere",
        "HW3 2LB", "Monday to Friday, 9am to 5pm", "01632 960202", "south.earlyhelp@example.test", ["HW3", "HW4"], ["Southmere", "Kingsford"],
        [
            new(new DateOnly(2026, 11, 25), Offer()),
            new(new DateOnly(2026, 11, 25), Offer("Free holiday club")),
            new(new DateOnly(2026, 11, 28), Offer("Saturday play scheme", free: false)),
        ],
        [new(new DateTimeOffset(2026, 12, 8, 9, 30, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 8, 11, 30, 0, TimeSpan.Zero), "Southmere Family Hub", "Plan together.")],
        profile ??
        [
            new("get free school meals", 35, "35 in every 100 children get free school meals.", "Invented"),
            new("are in care", 2, "2 in every 100 children are in care.", "Invented"),
        ]);
}
