namespace RightHelp.GraphQL.Execution;

/// <summary>
/// The runtime type that a built-in scalar's Serialize returns unchanged (Int: int, String and ID: string,
/// Boolean: bool, Float: a finite double). A leaf of that type skips the virtual call; testing for a value
/// type or a sealed class is one compare, cheaper than comparing <c>GetType()</c> with a <see cref="Type"/>.
/// </summary>
internal enum PassThrough : byte
{
    None,
    Int,
    String,
    Boolean,
    Float,
}
