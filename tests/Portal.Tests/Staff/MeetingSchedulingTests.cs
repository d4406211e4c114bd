using RightHelp.Portal.Components.Staff;

namespace RightHelp.Portal.Tests.Staff;

public class MeetingSchedulingTests
{
    [Fact]
    public void A_time_typed_in_summer_is_an_hour_ahead_of_UTC_and_in_winter_is_UTC()
    {
        Assert.Equal(new DateTimeOffset(2027, 7, 1, 9, 30, 0, TimeSpan.Zero), MeetingScheduling.InLondon(new DateOnly(2027, 7, 1), new TimeOnly(10, 30)).ToUniversalTime());
        Assert.Equal(new DateTimeOffset(2027, 1, 12, 10, 30, 0, TimeSpan.Zero), MeetingScheduling.InLondon(new DateOnly(2027, 1, 12), new TimeOnly(10, 30)).ToUniversalTime());
    }

    [Fact]
    public void The_form_asks_for_each_missing_part_and_an_end_after_the_start()
    {
        var errors = MeetingScheduling.Validate(new NewMeetingForm { Kind = "CORE_GROUP", Day = "30", Month = "2", Year = "2027", StartTime = "14:00", EndTime = "13.00" });

        Assert.Equal(["day", "end-time", "location", "purpose"], errors.Keys.Order(StringComparer.Ordinal).ToArray());
        Assert.Equal("The end time must be after the start time", errors["end-time"]);
    }

    [Fact]
    public void A_complete_form_has_no_errors()
    {
        Assert.Empty(MeetingScheduling.Validate(new NewMeetingForm
        {
            Kind = "FAMILY_GROUP_CONFERENCE", Day = "3", Month = "3", Year = "2027", StartTime = "9:30", EndTime = "11:00",
            OnlineLink = "https://meet.example.test/abc", Purpose = "Plan who helps with school runs",
        }));
    }
}
