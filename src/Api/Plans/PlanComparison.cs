using RightHelp.Api.Data;

namespace RightHelp.Api.Plans;

/// <summary>Compares the version a person last saw with the latest: sections by text, actions by their stable key.</summary>
public static class PlanComparison
{
    public static PlanChanges Compare(Plan plan, PlanVersion? seen, PlanVersion latest)
    {
        if (seen is null || seen.Id == latest.Id)
        {
            return new PlanChanges(seen?.Number, latest.Number, [], [], [], []);
        }
        var sectionsChanged = latest.Sections
            .Where(s => !seen.Sections.Any(o => o.Heading == s.Heading && o.Audience == s.Audience && o.Body == s.Body))
            .Select(s => PlanWords.Heading(s.Heading))
            .Distinct()
            .ToList();
        var before = seen.Actions.ToDictionary(a => a.Key);
        var added = new List<ActionView>();
        var changed = new List<ActionView>();
        var done = new List<ActionView>();
        foreach (var action in latest.Actions)
        {
            if (!before.TryGetValue(action.Key, out var old))
            {
                added.Add(new ActionView(action, plan));
            }
            else if (action.Status == ActionStatus.Done && old.Status != ActionStatus.Done)
            {
                done.Add(new ActionView(action, plan));
            }
            else if (old.Who != action.Who || old.What != action.What || old.ByWhen != action.ByWhen || old.Status != action.Status)
            {
                changed.Add(new ActionView(action, plan));
            }
        }
        return new PlanChanges(seen.Number, latest.Number, sectionsChanged, added, changed, done);
    }
}
