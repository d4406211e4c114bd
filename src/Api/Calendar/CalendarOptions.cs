namespace RightHelp.Api.Calendar;

public sealed class CalendarOptions
{
    public const string Section = "Calendar";

    /// <summary>Where phones fetch <c>/meetings/{id}.ics</c>: the Api's public address.</summary>
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:5100";
}
