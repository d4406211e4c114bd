namespace RightHelp.Portal.Api.Offers;

/// <summary>An offer as families see it. Category, day and attendance arrive as GraphQL enum names.</summary>
public sealed record OfferItem(
    string Id, string Title, string Description, string WhoFor, int? MinimumAge, int? MaximumAge,
    string Category, string Cost, bool IsFree, string ScheduleText, string? Day, string? StartTime, string? EndTime,
    string Attendance, string Venue, string HowToJoin, string Accessibility, LocalityName Locality);
