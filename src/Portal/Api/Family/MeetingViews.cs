namespace RightHelp.Portal.Api.Family;

/// <summary>What a family member said before a meeting; the feelings are 1 (sad) to 5 (happy).</summary>
public sealed record MeetingViews(
    string? GoingWell,
    string? Worries,
    string? WhatIWant,
    int? FeelingAtHome,
    int? FeelingAtSchool,
    int? FeelingAboutHelp,
    DateTimeOffset UpdatedAt);
