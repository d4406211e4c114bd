namespace RightHelp.GraphQL.Language;

/// <summary>
/// Shares one string per distinct name across documents, so the lexer does not allocate a string for every
/// <c>id</c>, <c>name</c> or <c>__typename</c> it reads (most names in a document, and across requests, repeat).
/// A fixed-size, direct-mapped cache keyed by the hash the lexer computes while scanning the name: a slot holds
/// the last name that hashed to it, and a different name landing there replaces it. There are no chains, so
/// colliding names (even chosen on purpose) only cost an allocation, never time; the table's memory is bounded
/// (slots × longest cached name). Slots are read and written without locks: a reference store is atomic and
/// strings are immutable, so a racing thread sees either name, and the length-and-content check picks the right one.
/// </summary>
internal static class NameTable
{
    /// <summary>Longer names (rare) are allocated each time rather than held.</summary>
    internal const int MaxLength = 48;

    private const int Bits = 11;

    private static readonly string?[] Slots = new string?[1 << Bits];

    /// <summary>The name <paramref name="body"/>[start..start+length), whose characters the lexer folded into <paramref name="hash"/>.</summary>
    internal static string Get(string body, int start, int length, uint hash)
    {
        if (length > MaxLength)
        {
            return body.Substring(start, length);
        }
        // Fibonacci hashing spreads every bit of the lexer's cheap hash (and the length) over the slot index.
        var slot = (int)(((hash ^ ((uint)length << 24)) * 0x9E3779B1u) >> (32 - Bits));
        var cached = Slots[slot];
        var name = body.AsSpan(start, length);
        if (cached is not null && name.SequenceEqual(cached))
        {
            return cached;
        }
        var value = name.ToString();
        Slots[slot] = value;
        return value;
    }
}
