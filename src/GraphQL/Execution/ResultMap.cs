using System.Text.Json;

namespace RightHelp.GraphQL.Execution;

/// <summary>
/// An object in the response: one value per collected field, keys in field order (spec 6.3 ordering).
/// The values live in a run of slots of a chunk shared by the request's objects (see
/// <see cref="ResultSlots"/>), so an object is one small allocation rather than a map and an array of its own.
/// </summary>
public sealed class ResultMap
{
    /// <summary>The value of a field left out of the object (no definition on the runtime type).</summary>
    internal static readonly object Omitted = new();

    private readonly CollectedFields _fields;
    private readonly ResultSlot[] _slots;
    private readonly int _start;

    internal ResultMap(CollectedFields fields, ResultSlot[] slots, int start)
    {
        _fields = fields;
        _slots = slots;
        _start = start;
    }

    /// <summary>The number of slots: collected fields, including any omitted (see <see cref="IsOmitted"/>).</summary>
    internal int SlotCount => _fields.Keys.Length;

    internal bool IsOmitted(int index) => ReferenceEquals(_slots[_start + index].Value, Omitted);

    internal string KeyAt(int index) => _fields.Keys[index];

    internal JsonEncodedText EncodedKeyAt(int index) => _fields.EncodedKeys[index];

    internal object? ValueAt(int index) => _slots[_start + index].Value;

    internal void SetValueAt(int index, object? value) => _slots[_start + index].Value = value;

    /// <summary>The number of fields in the object.</summary>
    public int Count
    {
        get
        {
            var count = 0;
            for (var i = 0; i < SlotCount; i++)
            {
                count += IsOmitted(i) ? 0 : 1;
            }
            return count;
        }
    }

    public object? this[string key]
    {
        get
        {
            for (var i = 0; i < SlotCount; i++)
            {
                if (_fields.Keys[i] == key && !IsOmitted(i))
                {
                    return ValueAt(i);
                }
            }
            throw new KeyNotFoundException(key);
        }
    }
}
