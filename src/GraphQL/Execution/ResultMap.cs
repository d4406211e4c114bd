using System.Text.Json;

namespace RightHelp.GraphQL.Execution;

/// <summary>An object in the response: keys in field order (spec 6.3 ordering).</summary>
public sealed class ResultMap
{
    private string[] _keys;
    private JsonEncodedText[]? _encoded;
    private bool _ownKeys;
    private readonly object?[] _values;

    internal ResultMap(int capacity)
    {
        _keys = capacity == 0 ? [] : new string[capacity];
        _values = capacity == 0 ? [] : new object?[capacity];
        _ownKeys = true;
    }

    /// <summary>A map whose keys are (normally) exactly the collected fields' keys, shared between objects.</summary>
    internal ResultMap(CollectedFields fields)
    {
        _keys = fields.Keys;
        _encoded = fields.EncodedKeys;
        _values = fields.Keys.Length == 0 ? [] : new object?[fields.Keys.Length];
    }

    /// <summary>The pre-encoded key at an index, when keys are shared with the collected fields.</summary>
    internal bool TryGetEncodedKey(int index, out JsonEncodedText key)
    {
        if (_encoded is not null)
        {
            key = _encoded[index];
            return true;
        }
        key = default;
        return false;
    }

    public int Count { get; private set; }

    public string KeyAt(int index) => _keys[index];

    public object? ValueAt(int index) => _values[index];

    internal void Add(string key, object? value)
    {
        if (!ReferenceEquals(_keys[Count], key))
        {
            if (!_ownKeys)
            {
                _keys = (string[])_keys.Clone();
                _encoded = null;
                _ownKeys = true;
            }
            _keys[Count] = key;
        }
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
