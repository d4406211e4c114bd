using System.Collections.Concurrent;
using RightHelp.GraphQL.Language.Ast;

namespace RightHelp.GraphQL.Execution;

/// <summary>
/// Parsed and validated documents by query text (the dictionary hashes the text). Bounded: when full, the
/// oldest half is dropped, so a flood of distinct queries cannot grow memory without limit.
/// </summary>
internal sealed class DocumentCache(int capacity)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _clock;

    public bool TryGet(string query, out Entry entry)
    {
        if (_entries.TryGetValue(query, out entry!))
        {
            entry.LastUsed = Interlocked.Increment(ref _clock);
            return true;
        }
        return false;
    }

    public void Add(string query, Entry entry)
    {
        if (capacity <= 0)
        {
            return;
        }
        if (_entries.Count >= capacity)
        {
            var cutoff = _entries.Values.Select(e => e.LastUsed).Order().ElementAt(_entries.Count / 2);
            foreach (var (key, value) in _entries)
            {
                if (value.LastUsed <= cutoff)
                {
                    _entries.TryRemove(key, out _);
                }
            }
        }
        entry.LastUsed = Interlocked.Increment(ref _clock);
        _entries[query] = entry;
    }

    public int Count => _entries.Count;

    internal sealed class Entry(DocumentNode? document, IReadOnlyList<GraphQLError> errors, RequestErrorKind kind)
    {
        public DocumentNode? Document { get; } = document;
        public IReadOnlyList<GraphQLError> Errors { get; } = errors;
        public RequestErrorKind Kind { get; } = kind;
        public long LastUsed { get; set; }
    }
}
