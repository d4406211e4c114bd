namespace RightHelp.Portal.Components.EarlyHelp;

/// <summary>"Report something out of date": what is wrong, and an email only if the reporter wants a reply.</summary>
public sealed class ReportForm
{
    public const int MaxLength = 2000;

    public string? WhatIsWrong { get; set; }

    public string? Email { get; set; }
}
