using System.Runtime.CompilerServices;

namespace RightHelp.GraphQL.Execution;

/// <summary>
/// The response path of the value being completed, kept as segments written in place rather than as a linked
/// <see cref="ResponsePath"/> per object and list item. A path is only needed for an error, a pending
/// (asynchronous) value or a resolver that asks for it, which is rare, so the objects are built on demand.
/// </summary>
/// <remarks>
/// Completion is depth-first and synchronous, so while a value at depth d is being completed, segments
/// 0..d-1 are its ancestors': a call passes its depth down and writes only the segment at that depth.
/// Segments are relative to <see cref="Base"/>: the path where the current synchronous section started (null
/// for the root; the field's path when an asynchronous resolver's value is completed in a continuation).
/// </remarks>
internal sealed class PathStack
{
    private string?[] _keys = new string?[8];
    private int[] _indexes = new int[8];

    /// <summary>Paths already built, by length, reused while their segments are unchanged (siblings share their parent's).</summary>
    private ResponsePath?[] _built = new ResponsePath?[8];

    public ResponsePath? Base { get; private set; }

    public void Reset(ResponsePath? basePath) => Base = basePath;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void SetKey(int depth, string key)
    {
        if ((uint)depth >= (uint)_keys.Length)
        {
            Grow(depth);
        }
        _keys[depth] = key;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void SetIndex(int depth, int index)
    {
        if ((uint)depth >= (uint)_keys.Length)
        {
            Grow(depth);
        }
        _keys[depth] = null;
        _indexes[depth] = index;
    }

    /// <summary>The path made of the base and the first <paramref name="depth"/> segments.</summary>
    public ResponsePath? Build(int depth)
    {
        var path = Base;
        for (var i = 0; i < depth; i++)
        {
            var key = _keys[i];
            var cached = _built[i];
            // A path built before is still this one when it hangs off the same parent object and names the same
            // segment (keys are the collected fields' own strings, so a reference compare suffices).
            if (cached is null || !ReferenceEquals(cached.Parent, path)
                || (key is not null ? !ReferenceEquals(cached.Key, key) : cached.Key is not null || cached.Index != _indexes[i]))
            {
                cached = key is not null ? ResponsePath.Field(path, key) : ResponsePath.Item(path, _indexes[i]);
                _built[i] = cached;
            }
            path = cached;
        }
        return path;
    }

    /// <summary>The path of a field below the value at <paramref name="depth"/>, without writing its segment.</summary>
    public ResponsePath Field(int depth, string key) => ResponsePath.Field(Build(depth), key);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow(int depth)
    {
        var size = Math.Max(depth + 1, _keys.Length * 2);
        Array.Resize(ref _keys, size);
        Array.Resize(ref _indexes, size);
        Array.Resize(ref _built, size);
    }
}
