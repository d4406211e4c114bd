namespace RightHelp.Api.Data;

/// <summary>"Have your say before the meeting": one per person per meeting, updated until it starts.</summary>
public class MeetingView
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid MeetingId { get; set; }

    public Meeting? Meeting { get; set; }

    public Guid AuthorPersonId { get; set; }

    public Person? AuthorPerson { get; set; }

    public string? GoingWell { get; set; }

    public string? Worries { get; set; }

    public string? WhatIWant { get; set; }

    /// <summary>Emoji scale 1 (very sad) to 5 (very happy), from the young people's version of the form.</summary>
    public int? FeelingAtHome { get; set; }

    public int? FeelingAtSchool { get; set; }

    public int? FeelingAboutHelp { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
