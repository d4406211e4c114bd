namespace RightHelp.Portal.Api.Staff;

/// <summary>One person's views before a meeting; the feelings are 1 (very sad) to 5 (very good).</summary>
public sealed record GivenViews(
    string GivenBy,
    string? GoingWell,
    string? Worries,
    string? WhatIWant,
    int? FeelingAtHome,
    int? FeelingAtSchool,
    int? FeelingAboutHelp,
    DateTimeOffset UpdatedAt);
