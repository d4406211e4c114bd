using System.Globalization;
using System.Net.Mail;
using RightHelp.Api.GraphQL;

namespace RightHelp.Api.CaseSystem;

/// <summary>
/// Reads one input object of a case-system mutation and collects every problem with it, so the
/// caller gets them all in one answer, each under the path of its field (<c>people[1].dateOfBirth</c>).
/// Dates and choices arrive as text on purpose: a bad one then comes back as a kind message here
/// instead of the whole request being refused before any resolver sees it.
/// </summary>
public sealed class CaseSystemInput(IReadOnlyDictionary<string, object?> values, string path, List<InputError> errors)
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public string Path => path;

    public List<InputError> Errors => errors;

    public string Field(string name) => path + name;

    public void Problem(string name, string message) => errors.Add(UserErrors.Invalid(Field(name), message));

    public string? Optional(string name, int maxLength)
    {
        var value = (values.GetValueOrDefault(name) as string)?.Trim();
        if (value?.Length > maxLength)
        {
            Problem(name, $"This is too long: keep it to {maxLength} characters or fewer.");
        }
        return string.IsNullOrEmpty(value) ? null : value;
    }

    public string Required(string name, int maxLength, string whenMissing)
    {
        var value = Optional(name, maxLength);
        if (value is null)
        {
            Problem(name, whenMissing);
        }
        return value ?? "";
    }

    /// <summary>Text kept exactly as sent (Markdown), only checked for being there.</summary>
    public string Raw(string name) => values.GetValueOrDefault(name) as string ?? "";

    public IReadOnlyList<CaseSystemInput> List(string name)
        => [.. (values.GetValueOrDefault(name) as IEnumerable<object?> ?? [])
            .Select((item, i) => new CaseSystemInput(item as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>(), $"{Field(name)}[{i}].", errors))];

    public IReadOnlyList<string> Strings(string name)
        => [.. (values.GetValueOrDefault(name) as IEnumerable<object?> ?? []).Select(v => (v as string ?? "").Trim())];

    public CaseSystemInput Object(string name)
        => new(values.GetValueOrDefault(name) as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>(), Field(name) + ".", errors);

    /// <summary>One of a fixed set of choices, written in any case with spaces, hyphens or underscores.</summary>
    public T? Choice<T>(string name, CaseSystemChoices<T> choices, bool required)
        where T : struct
    {
        var value = Optional(name, 100);
        if (value is null)
        {
            if (required)
            {
                Problem(name, $"Say which {choices.What} this is: {choices.Listing}.");
            }
            return null;
        }
        if (choices.Find(value) is { } choice)
        {
            return choice;
        }
        Problem(name, $"We do not know the {choices.What} \"{value}\". Use one of: {choices.Listing}.");
        return null;
    }

    /// <summary>A calendar date, written 2026-03-29.</summary>
    public DateOnly? Date(string name, string what)
    {
        var value = Optional(name, 40);
        if (value is null)
        {
            return null;
        }
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        Problem(name, $"We could not read \"{value}\" as {what}. Write it as year-month-day, such as 2026-03-29.");
        return null;
    }

    /// <summary>A date and time; without an offset it is taken as UK time, as a council's system would mean it.</summary>
    public DateTimeOffset? DateTime(string name, string what, bool required)
    {
        var value = Optional(name, 60);
        if (value is null)
        {
            if (required)
            {
                Problem(name, $"Say {what}, such as 2026-03-29T10:00:00+01:00.");
            }
            return null;
        }
        if (System.DateTime.TryParseExact(value, ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF"],
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return new DateTimeOffset(local, London.GetUtcOffset(local)).ToUniversalTime();
        }
        if (DateTimeOffset.TryParseExact(value, ["yyyy-MM-ddTHH:mmzzz", "yyyy-MM-ddTHH:mm:sszzz", "yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK"],
                CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var exact))
        {
            return exact.ToUniversalTime();
        }
        Problem(name, $"We could not read \"{value}\" as {what}. Write it as an ISO 8601 date and time, such as 2026-03-29T10:00:00+01:00.");
        return null;
    }

    public string? Email(string name)
    {
        var value = Optional(name, 254);
        if (value is not null && !(MailAddress.TryCreate(value, out var address) && address.Address == value && value.Contains('.', StringComparison.Ordinal)))
        {
            Problem(name, $"\"{value}\" does not look like an email address. Leave it out if you do not have one.");
            return null;
        }
        return value;
    }
}
