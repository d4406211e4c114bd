namespace RightHelp.Portal.Api.Family;

/// <summary>The meeting page and the views a family member gives before it.</summary>
public static class MeetingQuery
{
    private const string Views = "goingWell worries whatIWant feelingAtHome feelingAtSchool feelingAboutHelp updatedAt";

    public const string Query = $$"""
        query Meeting($id: ID!) {
          meeting(id: $id) {
            id kindName kindExplanation startsAt endsAt location onlineLink purpose
            attendees { name role }
            calendarUrl
            views { {{Views}} }
          }
        }
        """;

    public const string Give = $$"""
        mutation GiveMeetingViews($input: GiveMeetingViewsInput!) {
          giveMeetingViews(input: $input) { views { {{Views}} } {{Selections.Errors}} }
        }
        """;

    public static Task<Meeting?> MeetingAsync(this ApiClient api, string id, CancellationToken cancellationToken) =>
        api.FieldAsync<Meeting>(Query, new { id }, "meeting", cancellationToken);

    /// <summary>Null when the Api could not be asked at all; typed errors come back in the payload.</summary>
    public static Task<GiveMeetingViewsPayload?> GiveMeetingViewsAsync(this ApiClient api, GiveMeetingViewsInput input, CancellationToken cancellationToken) =>
        api.FieldAsync<GiveMeetingViewsPayload>(Give, new { input }, "giveMeetingViews", cancellationToken);
}
