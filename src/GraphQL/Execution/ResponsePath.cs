namespace RightHelp.GraphQL.Execution;

/// <summary>Immutable linked path of a value in the response (field names and list indexes).</summary>
public sealed class ResponsePath(ResponsePath? parent, string? key, int index)
{
    public ResponsePath? Parent { get; } = parent;
    public string? Key { get; } = key;
    public int Index { get; } = index;

    public static ResponsePath Field(ResponsePath? parent, string key) => new(parent, key, -1);

    public static ResponsePath Item(ResponsePath? parent, int index) => new(parent, null, index);

    public IReadOnlyList<object> ToList()
    {
        var count = 0;
        for (var p = this; p is not null; p = p.Parent)
        {
            count++;
        }
        var result = new object[count];
        var i = count;
        for (var p = this; p is not null; p = p.Parent)
        {
            result[--i] = p.Key is null ? p.Index : p.Key;
        }
        return result;
    }
}
