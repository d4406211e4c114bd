namespace RightHelp.Api.GraphQL;

/// <summary>A mutation's result: the changed object under its field name, or typed errors.</summary>
public sealed record Payload(string Field, object? Value, IReadOnlyList<object> Errors)
{
    public static Payload Ok(string field, object value) => new(field, value, []);

    public static Payload Failed(string field, params object[] errors) => new(field, null, errors);
}
