using RightHelp.Portal.Api.Feedback;

namespace RightHelp.Portal.Tests.Feedback;

/// <summary>Fictional feedback as the Api would answer it.</summary>
public static class FeedbackData
{
    public static readonly DateTimeOffset Given = new(2026, 12, 8, 10, 0, 0, TimeSpan.Zero);

    public static FeedbackItem Item(string id = "RmVlZGJhY2s6MQ", string text = "My worker never rings back when she says she will.", FeedbackStatus status = FeedbackStatus.Received, bool flagged = false, StaffFeedbackResponse? response = null) =>
        new(id, text, status, FeedbackTheme.Communication, Given, Anonymous: false, GiverName: "Jordan Harlow", LocalityName: "North Shore",
            ExplainedClearly: 2, InvolvedInPlanning: 4, ListenedTo: null, HappyWithHelp: 3, flagged, response);

    public static StaffFeedbackResponse Response(bool published = false) =>
        new("UmVzcG9uc2U6MQ", "Workers now ring back on the day they promise.", "She never rings back", Given.AddDays(2), published, published ? Given.AddDays(3) : null);

    public static YouSaidWeDid BoardItem(int n) =>
        new($"WW91U2FpZDo{n}", $"Quote {n}", $"Change {n}", FeedbackTheme.PeopleWhoHelp, "North Shore", Given.AddDays(-n));

    public static IReadOnlyList<LocalityOption> Localities =>
    [
        new("TG9jYWxpdHk6MQ", "North Shore", "north-shore"),
        new("TG9jYWxpdHk6Mg", "Southfield", "southfield"),
    ];
}
