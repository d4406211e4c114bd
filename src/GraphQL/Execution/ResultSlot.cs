namespace RightHelp.GraphQL.Execution;

/// <summary>
/// One field's value in a <see cref="ResultMap"/>. A struct around the reference, so a store into an array of
/// slots needs no covariance check (a store into object?[] calls a helper that checks the element type).
/// </summary>
internal struct ResultSlot
{
    public object? Value;
}
