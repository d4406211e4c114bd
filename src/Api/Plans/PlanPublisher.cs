using Microsoft.EntityFrameworkCore;
using RightHelp.Api.Data;
using RightHelp.Api.GraphQL;

namespace RightHelp.Api.Plans;

/// <summary>
/// Turns a writer's sections and actions into the next immutable plan version, whoever wrote
/// them: a practitioner in Right Help or the council's case system. Keeping one way to publish
/// keeps "what changed since you last looked" the same for the family wherever the plan came from.
/// </summary>
public static class PlanPublisher
{
    public const int MaxSectionLength = 20_000;
    public const int MaxChangeNoteLength = 500;

    /// <summary>What is wrong with a version, field by field; <paramref name="prefix"/> places the fields inside a larger input.</summary>
    public static List<InputError> Validate(string prefix, string changeNote, IReadOnlyList<SectionDraft> sections, IReadOnlyList<ActionDraft> actions)
    {
        var errors = new List<InputError>();
        if (changeNote.Trim().Length is 0 or > MaxChangeNoteLength)
        {
            errors.Add(UserErrors.Invalid(prefix + "changeNote", $"Say in a few words why this version exists (up to {MaxChangeNoteLength} characters)."));
        }
        if (sections.Count == 0)
        {
            errors.Add(UserErrors.Invalid(prefix + "sections", "A plan needs at least one section."));
        }
        for (var i = 0; i < sections.Count; i++)
        {
            var markdown = sections[i].Markdown;
            if (markdown.Trim().Length == 0 || markdown.Length > MaxSectionLength)
            {
                errors.Add(UserErrors.Invalid($"{prefix}sections[{i}].markdown", $"Each section needs text, up to {MaxSectionLength} characters."));
            }
            // Versions are compared section by section, so each heading appears once for each audience.
            if (sections.Take(i).Any(s => s.Heading == sections[i].Heading && s.Audience == sections[i].Audience))
            {
                errors.Add(UserErrors.Invalid($"{prefix}sections[{i}].heading",
                    $"\"{PlanWords.Heading(sections[i].Heading)}\" is here twice for the same readers. Put the two parts together in one section."));
            }
        }
        for (var i = 0; i < actions.Count; i++)
        {
            if (actions[i].Who.Trim().Length == 0 || actions[i].What.Trim().Length == 0)
            {
                errors.Add(UserErrors.Invalid($"{prefix}actions[{i}]", "Each action says who does what."));
            }
        }
        return errors;
    }

    /// <summary>The plan's latest version with its sections and actions, or null before the first.</summary>
    public static Task<PlanVersion?> LatestAsync(PortalDbContext db, Guid planId, CancellationToken cancellationToken)
        => db.PlanVersions.AsNoTracking().Include(v => v.Sections).Include(v => v.Actions)
            .Where(v => v.PlanId == planId).OrderByDescending(v => v.Number).AsSplitQuery().FirstOrDefaultAsync(cancellationToken);

    /// <summary>True when publishing would change nothing a reader sees, so a retried upsert adds no version.</summary>
    public static bool SameContent(PlanVersion? latest, IReadOnlyList<SectionDraft> sections, IReadOnlyList<ActionDraft> actions)
    {
        if (latest is null)
        {
            return false;
        }
        var publishedSections = latest.Sections.OrderBy(s => s.Position).Select(s => new SectionDraft(s.Heading, s.Audience, s.Body));
        var publishedActions = latest.Actions.OrderBy(a => a.Position).Select(a => new ActionDraft(a.Who, a.What, a.ByWhen, a.Status, a.Audience));
        return publishedSections.SequenceEqual(sections) && publishedActions.SequenceEqual(actions.Select(Trimmed));
    }

    /// <summary>The next version after <paramref name="previous"/>; the caller adds it to the context and saves.</summary>
    public static PlanVersion NextVersion(Guid planId, PlanVersion? previous, Guid publishedById, string changeNote,
        IReadOnlyList<SectionDraft> sections, IReadOnlyList<ActionDraft> actions, DateTimeOffset now)
        => new()
        {
            PlanId = planId,
            Number = (previous?.Number ?? 0) + 1,
            PublishedAt = now,
            PublishedById = publishedById,
            ChangeNote = changeNote.Trim(),
            Sections = [.. sections.Select((s, i) => new PlanSection
            {
                Heading = s.Heading,
                Audience = s.Audience,
                Position = i + 1,
                Body = s.Markdown,
            })],
            Actions = [.. actions.Select(Trimmed).Select((a, i) => new PlanAction
            {
                // The same who-and-what keeps its key, so the family sees it as changed rather than new.
                Key = previous?.Actions.FirstOrDefault(p => p.Who == a.Who && p.What == a.What)?.Key ?? Guid.CreateVersion7(),
                Position = i + 1,
                Audience = a.Audience,
                Who = a.Who,
                What = a.What,
                ByWhen = a.ByWhen,
                Status = a.Status,
            })],
        };

    private static ActionDraft Trimmed(ActionDraft action) => action with { Who = action.Who.Trim(), What = action.What.Trim() };
}
