namespace RightHelp.Portal.Api.Family;

public sealed record GiveMeetingViewsPayload(MeetingViews? Views, IReadOnlyList<ApiError> Errors);
