namespace RightHelp.GraphQL.Execution;

/// <summary>
/// Hands out runs of <see cref="ResultSlot"/>s for one request's <see cref="ResultMap"/>s from shared chunks:
/// a response of many small objects then costs one allocation per object instead of two. The first chunk is
/// sized from what the same operation used last time (responses of a cached document tend to be alike), and
/// later ones double, so a small response takes a small chunk and a large one few chunks.
/// </summary>
internal sealed class ResultSlots(int expected)
{
    private const int FirstChunk = 16;

    /// <summary>16 KiB: well below the large object heap, which would keep a chunk past the request.</summary>
    private const int LargestChunk = 2048;

    private ResultSlot[] _chunk = [];
    private int _used;
    private int _handedOut;

    /// <summary>The slots handed out so far: the hint for the next execution of the same operation.</summary>
    public int HandedOut => _handedOut;

    public ResultMap NewMap(CollectedFields fields)
    {
        var count = fields.Keys.Length;
        if (_chunk.Length - _used < count)
        {
            NewChunk(count);
        }
        var map = new ResultMap(fields, _chunk, _used);
        _used += count;
        _handedOut += count;
        return map;
    }

    private void NewChunk(int atLeast)
    {
        // The unused end of the last chunk is lost; doubling keeps that to a fraction of the response.
        var size = _chunk.Length == 0 ? Math.Clamp(expected, FirstChunk, LargestChunk) : Math.Min(_chunk.Length * 2, LargestChunk);
        size = Math.Max(atLeast, size);
        _chunk = new ResultSlot[size];
        _used = 0;
    }
}
