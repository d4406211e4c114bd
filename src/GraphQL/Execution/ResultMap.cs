namespace RightHelp.GraphQL.Execution;

/// <summary>An object in the response: keys in field order (spec 6.3 ordering).</summary>
public sealed class ResultMap
{
    private readonly string[] _keys;
    private readonly object?[] _values;

    internal ResultMap(int capacity)
    {
        _keys = capacity == 0 ? [] : new string[capacity];
        _values = capacity == 0 ? [] : new object?[capacity];
    }

    public int Count { get; private set; }

    public string KeyAt(int index) => _keys[index];

    public object? ValueAt(int index) => _values[index];

    internal void Add(string key, object? value)
    {
        _keys[Count] = key;
        _values[Count++] = value;
    }

    internal void SetValueAt(int index, object? value) => _values[index] = value;

    public object? this[string key]
    {
        get
        {
            for (var i = 0; i < Count; i++)
            {
                if (_keys[i] == key)
                {
                    return _values[i];
                }
            }
            throw new KeyNotFoundException(key);
        }
    }
}
