namespace RightHelp.Portal.Components.Family;

/// <summary>"Have your say before the meeting". The feelings are radio values "1" (sad) to "5" (happy).</summary>
public sealed class MeetingViewsForm
{
    public const int MaxLength = 2000;

    public string? GoingWell { get; set; }
    public string? Worries { get; set; }
    public string? WhatIWant { get; set; }
    public string? FeelingAtHome { get; set; }
    public string? FeelingAtSchool { get; set; }
    public string? FeelingAboutHelp { get; set; }
}
