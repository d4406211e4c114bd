namespace RightHelp.Portal.Api.Family;

public sealed record GiveMeetingViewsInput(
    string MeetingId,
    string? GoingWell,
    string? Worries,
    string? WhatIWant,
    int? FeelingAtHome,
    int? FeelingAtSchool,
    int? FeelingAboutHelp);
