namespace RightHelp.GraphQL.Types;

/// <summary>The five specified scalars (spec 3.5.1 to 3.5.5), coercing as graphql-js 17 does.</summary>
public static class BuiltInScalars
{
    public static ScalarType Int { get; } = new Scalars.IntScalar();
    public static ScalarType Float { get; } = new Scalars.FloatScalar();
    public static ScalarType String { get; } = new Scalars.StringScalar();
    public static ScalarType Boolean { get; } = new Scalars.BooleanScalar();
    public static ScalarType ID { get; } = new Scalars.IdScalar();

    public static IEnumerable<ScalarType> All => [String, Int, Float, Boolean, ID];

    public static bool IsBuiltIn(string name) => name is "Int" or "Float" or "String" or "Boolean" or "ID";

    internal static bool TryNumber(object value, out double number) => Scalars.ScalarConversions.TryNumber(value, out number);
}
