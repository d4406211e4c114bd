namespace RightHelp.GraphQL.Language.Ast;

/// <summary>
/// A schema coordinate (spec section "Schema Coordinates", September 2025): a compact, unique name for one element
/// of a schema, such as <c>Plan.worker</c> or <c>@deprecated(reason:)</c>. It is its own small grammar, never part
/// of a document. <see cref="ToString"/> prints its canonical text.
/// </summary>
public abstract class SchemaCoordinateNode : SyntaxNode
{
    public abstract override string ToString();
}
