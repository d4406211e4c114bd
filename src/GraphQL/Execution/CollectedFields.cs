using System.Text.Json;
using RightHelp.GraphQL.Types;

namespace RightHelp.GraphQL.Execution;

/// <summary>The grouped fields of one selection set for one object type, with their response keys pre-encoded for writing.</summary>
internal sealed class CollectedFields
{
    public CollectedFields(ObjectType type, FieldGroup[] groups)
    {
        Type = type;
        Groups = groups;
        Keys = new string[groups.Length];
        EncodedKeys = new JsonEncodedText[groups.Length];
        for (var i = 0; i < groups.Length; i++)
        {
            Keys[i] = groups[i].ResponseKey;
            EncodedKeys[i] = JsonEncodedText.Encode(groups[i].ResponseKey);
        }
    }

    public ObjectType Type { get; }
    public FieldGroup[] Groups { get; }
    public string[] Keys { get; }
    public JsonEncodedText[] EncodedKeys { get; }

    /// <summary>
    /// For an operation's root fields: how many result slots its last execution used (see <see cref="ResultSlots"/>).
    /// Requests may race to set it; any recent value is a good hint.
    /// </summary>
    public int SlotsUsed { get; set; }
}
