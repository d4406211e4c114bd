using System.Globalization;
using RightHelp.Portal.Api.Family;
using RightHelp.Portal.Components.GovUk;

namespace RightHelp.Portal.Components.Staff;

/// <summary>Checks the "plan a meeting" form and turns UK times into the instants the Api stores.</summary>
public static class MeetingScheduling
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static readonly IReadOnlyList<ChoiceItem> Kinds =
    [
        new("CORE_GROUP", "Core group"),
        new("REVIEW_CONFERENCE", "Review child protection conference"),
        new("TEAM_AROUND_THE_FAMILY_REVIEW", "Team around the family review"),
        new("CHILD_IN_CARE_REVIEW", "Child in care review"),
        new("FAMILY_GROUP_CONFERENCE", "Family group conference"),
    ];

    public static DateOnly? Date(NewMeetingForm form) =>
        int.TryParse(form.Day, out var day) && int.TryParse(form.Month, out var month) && int.TryParse(form.Year, out var year)
        && year is >= 2000 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    public static TimeOnly? Time(string? value) =>
        TimeOnly.TryParseExact((value ?? "").Trim().Replace('.', ':'), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;

    /// <summary>The instant a UK date and time stand for, in summer time or not.</summary>
    public static DateTimeOffset InLondon(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, London.GetUtcOffset(local));
    }

    public static Dictionary<string, string> Validate(NewMeetingForm form)
    {
        var errors = new Dictionary<string, string>();
        if (!Kinds.Any(kind => kind.Value == form.Kind))
        {
            errors["kind"] = "Choose the kind of meeting";
        }
        if (Date(form) is null)
        {
            errors["day"] = "Enter the date of the meeting, like 27 3 2027";
        }
        if (Time(form.StartTime) is not { } start)
        {
            errors["start-time"] = "Enter the start time, like 10:30";
        }
        else if (Time(form.EndTime) is not { } end)
        {
            errors["end-time"] = "Enter the end time, like 11:30";
        }
        else if (end <= start)
        {
            errors["end-time"] = "The end time must be after the start time";
        }
        if (string.IsNullOrWhiteSpace(form.Location) && string.IsNullOrWhiteSpace(form.OnlineLink))
        {
            errors["location"] = "Enter where the meeting is, or the link to join online";
        }
        if (string.IsNullOrWhiteSpace(form.Purpose))
        {
            errors["purpose"] = "Enter what the meeting is for, in plain words";
        }
        return errors;
    }

    public static object ToInput(string familyId, NewMeetingForm form)
    {
        var date = Date(form)!.Value;
        return new
        {
            familyId,
            planId = string.IsNullOrEmpty(form.PlanId) ? null : form.PlanId,
            kind = form.Kind,
            startsAt = InLondon(date, Time(form.StartTime)!.Value),
            endsAt = InLondon(date, Time(form.EndTime)!.Value),
            location = string.IsNullOrWhiteSpace(form.Location) ? null : form.Location.Trim(),
            onlineLink = string.IsNullOrWhiteSpace(form.OnlineLink) ? null : form.OnlineLink.Trim(),
            purpose = form.Purpose!.Trim(),
        };
    }

    public static Dictionary<string, string> FromApi(IReadOnlyList<ApiError> apiErrors)
    {
        var errors = new Dictionary<string, string>();
        foreach (var error in apiErrors)
        {
            var id = error.Field switch
            {
                "startsAt" => "day",
                "endsAt" => "end-time",
                "location" => "location",
                "onlineLink" => "online-link",
                "purpose" => "purpose",
                "kind" => "kind",
                _ => "kind",
            };
            errors.TryAdd(id, error.Message);
        }
        return errors;
    }
}
