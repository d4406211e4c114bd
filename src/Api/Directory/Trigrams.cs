namespace RightHelp.Api.Directory;

/// <summary>
/// Word trigrams the way pg_trgm makes them (two spaces before, one after), so a misspelt word
/// is corrected in memory by the same measure PostgreSQL's <c>similarity()</c> uses.
/// </summary>
public static class Trigrams
{
    public static HashSet<string> Of(string word)
    {
        var padded = "  " + word + " ";
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 3 <= padded.Length; i++)
        {
            set.Add(padded.Substring(i, 3));
        }
        return set;
    }

    public static double Similarity(HashSet<string> a, HashSet<string> b)
    {
        var shared = a.Count(b.Contains);
        var union = a.Count + b.Count - shared;
        return union == 0 ? 0 : (double)shared / union;
    }
}
