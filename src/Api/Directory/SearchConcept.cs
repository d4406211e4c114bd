namespace RightHelp.Api.Directory;

/// <summary>
/// One idea in a search ("drugs", "won't go to school"): the words that may express it in a
/// listing, and how much matching it counts. Filler words such as "support" weigh little, so
/// the idea that names the need decides the ranking.
/// </summary>
public sealed record SearchConcept(IReadOnlyList<string> Words, IReadOnlyList<string> Phrases, double Weight)
{
    /// <summary>A tsquery text over the concept's words and phrases, each optionally limited to a weight label.</summary>
    public string ToTsQuery(string? weights = null)
    {
        var suffix = weights is null ? "" : ":" + weights;
        var parts = Words.Select(w => w + suffix)
            .Concat(Phrases.Select(p => "(" + string.Join(" <-> ", p.Split(' ').Select(w => w + suffix)) + ")"));
        return string.Join(" | ", parts);
    }
}
