using System.Globalization;
using System.Text.RegularExpressions;
using RightHelp.Portal.Api.Family;
using RightHelp.Portal.Api.Staff;

namespace RightHelp.Portal.Components.Staff;

/// <summary>
/// Between the plan-writing form and the Api: starting from the latest version, checking what
/// was typed, and turning it into the publish input. Errors are keyed by the id of the field
/// they are about, so the error summary links land on it.
/// </summary>
public static partial class PlanWriting
{
    public const int MaxSectionLength = 20_000;

    public static string SectionId(int index) => $"section-{index + 1}-markdown";

    public static string ActionId(int index, string part) => $"action-{index + 1}-{part}";

    /// <summary>The latest version, plus an empty section and an empty action to add.</summary>
    public static PlanWriteForm FromDraft(PlanDraft draft)
    {
        var form = new PlanWriteForm
        {
            Sections = [.. draft.Sections.Select(section => new SectionDraftForm { Key = section.Key, Audience = section.Audience, Markdown = section.Markdown })],
            Actions = [.. draft.Actions.Select(action => new ActionDraftForm
            {
                Who = action.Who,
                What = action.What,
                Day = action.ByWhen?.Day.ToString(CultureInfo.InvariantCulture),
                Month = action.ByWhen?.Month.ToString(CultureInfo.InvariantCulture),
                Year = action.ByWhen?.Year.ToString(CultureInfo.InvariantCulture),
                Status = action.Status,
                Audience = action.Audience,
            })],
        };
        if (form.Sections.Count == 0)
        {
            form.Sections.AddRange(PlanChoices.Headings.Select(heading => new SectionDraftForm { Key = heading.Value, Audience = "EVERYONE" }));
        }
        return WithSpareRows(form);
    }

    /// <summary>Without JavaScript there is no "add another" script: a blank row is always there, and ignored when left blank.</summary>
    public static PlanWriteForm WithSpareRows(PlanWriteForm form)
    {
        if (form.Sections.Count == 0 || !form.Sections[^1].IsBlank)
        {
            form.Sections.Add(new SectionDraftForm { Key = "WHAT_NEEDS_TO_HAPPEN", Audience = "EVERYONE" });
        }
        if (form.Actions.Count == 0 || !form.Actions[^1].IsBlank)
        {
            form.Actions.Add(new ActionDraftForm { Status = "NOT_STARTED", Audience = "EVERYONE" });
        }
        return form;
    }

    public static Dictionary<string, string> Validate(PlanWriteForm form, bool publishing)
    {
        var errors = new Dictionary<string, string>();
        if (publishing && string.IsNullOrWhiteSpace(form.ChangeNote))
        {
            errors["change-note"] = "Enter what has changed in this version";
        }
        else if (form.ChangeNote is { Length: > 500 })
        {
            errors["change-note"] = "What has changed must be 500 characters or fewer";
        }
        if (form.Sections.All(section => section.IsBlank))
        {
            errors[SectionId(0)] = "Write at least one section of the plan";
        }
        for (var i = 0; i < form.Sections.Count; i++)
        {
            var section = form.Sections[i];
            if (section.Markdown is { Length: > MaxSectionLength })
            {
                errors[SectionId(i)] = $"Each section must be {MaxSectionLength:N0} characters or fewer";
            }
            else if (!section.IsBlank && (!PlanChoices.IsOneOf(section.Key, PlanChoices.Headings) || !PlanChoices.IsOneOf(section.Audience, PlanChoices.Audiences)))
            {
                errors[SectionId(i)] = "Choose a heading and who the section is for";
            }
        }
        for (var i = 0; i < form.Actions.Count; i++)
        {
            var action = form.Actions[i];
            if (action.IsBlank)
            {
                continue;
            }
            if (string.IsNullOrWhiteSpace(action.Who))
            {
                errors[ActionId(i, "who")] = $"Enter who does action {i + 1}";
            }
            if (string.IsNullOrWhiteSpace(action.What))
            {
                errors[ActionId(i, "what")] = $"Enter what action {i + 1} is";
            }
            if (action.HasDate && action.ByWhen is null)
            {
                errors[ActionId(i, "day")] = $"The date for action {i + 1} must be a real date, like 27 3 2027";
            }
            if (!PlanChoices.IsOneOf(action.Status, PlanChoices.Statuses) || !PlanChoices.IsOneOf(action.Audience, PlanChoices.Audiences))
            {
                errors[ActionId(i, "who")] = $"Choose the status of action {i + 1} and who sees it";
            }
        }
        return errors;
    }

    /// <summary>The sections with text, in order, with their place in the form.</summary>
    public static IReadOnlyList<(int Index, SectionDraftForm Section)> Written(PlanWriteForm form) =>
        [.. form.Sections.Select((section, index) => (index, section)).Where(pair => !pair.section.IsBlank)];

    public static object ToInput(string planId, PlanWriteForm form) => new
    {
        planId,
        changeNote = form.ChangeNote?.Trim() ?? "",
        sections = Written(form).Select(pair => new { key = pair.Section.Key, audience = pair.Section.Audience, markdown = pair.Section.Markdown }),
        actions = form.Actions.Where(action => !action.IsBlank).Select(action => new
        {
            who = action.Who!.Trim(),
            what = action.What!.Trim(),
            byWhen = action.ByWhen?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            status = action.Status,
            audience = action.Audience,
        }),
    };

    /// <summary>The Api's errors, on the fields they name ("sections[1].markdown" is the second section with text).</summary>
    public static Dictionary<string, string> FromApi(IReadOnlyList<ApiError> apiErrors, PlanWriteForm form)
    {
        var written = Written(form);
        var actions = form.Actions.Select((action, index) => (action, index)).Where(pair => !pair.action.IsBlank).Select(pair => pair.index).ToList();
        var errors = new Dictionary<string, string>();
        foreach (var error in apiErrors)
        {
            var id = error.Field switch
            {
                "changeNote" => "change-note",
                { } field when Indexed().Match(field) is { Success: true } match => match.Groups[1].Value == "sections"
                    ? SectionId(At(written.Select(pair => pair.Index).ToList(), match))
                    : ActionId(At(actions, match), "who"),
                _ => SectionId(0),
            };
            errors.TryAdd(id, error.Message);
        }
        return errors;
    }

    private static int At(IReadOnlyList<int> positions, Match match)
    {
        var index = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        return index < positions.Count ? positions[index] : 0;
    }

    [GeneratedRegex(@"^(sections|actions)\[(\d+)\]")]
    private static partial Regex Indexed();
}
