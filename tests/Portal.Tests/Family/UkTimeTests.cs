using RightHelp.Portal.Components.Family;

namespace RightHelp.Portal.Tests.Family;

public class UkTimeTests
{
    [Fact]
    public void Winter_meeting_is_said_the_way_people_say_it()
    {
        Assert.Equal("Tuesday 8 December at 10am", UkTime.DayAndTime(new DateTimeOffset(2026, 12, 8, 10, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Summer_meeting_is_in_British_Summer_Time_not_UTC()
    {
        Assert.Equal("Tuesday 9 June at 10:30am", UkTime.DayAndTime(new DateTimeOffset(2026, 6, 9, 9, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Noon_is_midday_and_a_meeting_on_one_day_is_a_span_of_times()
    {
        var start = new DateTimeOffset(2026, 12, 8, 12, 0, 0, TimeSpan.Zero);
        Assert.Equal("Tuesday 8 December from midday to 1:30pm", UkTime.Span(start, start.AddMinutes(90)));
    }
}
