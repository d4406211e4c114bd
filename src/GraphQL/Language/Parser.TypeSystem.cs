using RightHelp.GraphQL.Language.Ast;

namespace RightHelp.GraphQL.Language;

/// <summary>Type system definitions and extensions (spec 3).</summary>
public sealed partial class Parser
{
    private static readonly IReadOnlyList<NamedTypeNode> NoTypes = [];
    private static readonly IReadOnlyList<FieldDefinitionNode> NoFields = [];
    private static readonly IReadOnlyList<InputValueDefinitionNode> NoInputValues = [];
    private static readonly IReadOnlyList<EnumValueDefinitionNode> NoEnumValues = [];
    private static readonly IReadOnlyList<OperationTypeDefinitionNode> NoOperationTypes = [];

    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = Token;
        var description = ParseDescription();
        ExpectKeyword("schema");
        var directives = ParseDirectives(true);
        var operationTypes = Many(TokenKind.BraceL, ParseOperationTypeDefinition, TokenKind.BraceR);
        return new SchemaDefinitionNode
        {
            Description = description,
            Directives = directives,
            OperationTypes = operationTypes,
            Location = LocationFrom(start),
        };
    }

    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        var start = Token;
        var operation = ParseOperationType();
        Expect(TokenKind.Colon);
        var type = ParseNamedType();
        return new OperationTypeDefinitionNode(operation, type) { Location = LocationFrom(start) };
    }

    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var start = Token;
        var description = ParseDescription();
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(true);
        return new ScalarTypeDefinitionNode { Description = description, Name = name, Directives = directives, Location = LocationFrom(start) };
    }

    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var start = Token;
        var description = ParseDescription();
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(true);
        var fields = OptionalMany(TokenKind.BraceL, ParseFieldDefinition, TokenKind.BraceR);
        return new ObjectTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Interfaces = interfaces ?? NoTypes,
            Directives = directives,
            Fields = fields ?? NoFields,
            Location = LocationFrom(start),
        };
    }

    private List<NamedTypeNode>? ParseImplementsInterfaces() =>
        ExpectOptionalKeyword("implements") ? DelimitedMany(TokenKind.Amp, ParseNamedType) : null;

    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = Token;
        var description = ParseDescription();
        var name = ParseName();
        var arguments = OptionalMany(TokenKind.ParenL, ParseInputValueDefinition, TokenKind.ParenR);
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var directives = ParseDirectives(true);
        return new FieldDefinitionNode
        {
            Description = description,
            Name = name,
            Arguments = arguments ?? NoInputValues,
            Type = type,
            Directives = directives,
            Location = LocationFrom(start),
        };
    }

    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var start = Token;
        var description = ParseDescription();
        var name = ParseName();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptional(TokenKind.EqualsSign) ? ParseValueLiteral(true) : null;
        var directives = ParseDirectives(true);
        return new InputValueDefinitionNode
        {
            Description = description,
            Name = name,
            Type = type,
            DefaultValue = defaultValue,
            Directives = directives,
            Location = LocationFrom(start),
        };
    }

    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        var start = Token;
        var description = ParseDescription();
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(true);
        var fields = OptionalMany(TokenKind.BraceL, ParseFieldDefinition, TokenKind.BraceR);
        return new InterfaceTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Interfaces = interfaces ?? NoTypes,
            Directives = directives,
            Fields = fields ?? NoFields,
            Location = LocationFrom(start),
        };
    }

    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        var start = Token;
        var description = ParseDescription();
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(true);
        var types = ExpectOptional(TokenKind.EqualsSign) ? DelimitedMany(TokenKind.Pipe, ParseNamedType) : null;
        return new UnionTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Directives = directives,
            Types = types ?? NoTypes,
            Location = LocationFrom(start),
        };
    }

    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var start = Token;
        var description = ParseDescription();
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(true);
        var values = OptionalMany(TokenKind.BraceL, ParseEnumValueDefinition, TokenKind.BraceR);
        return new EnumTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Directives = directives,
            Values = values ?? NoEnumValues,
            Location = LocationFrom(start),
        };
    }

    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        var start = Token;
        var description = ParseDescription();
        if (Token.Value is "true" or "false" or "null")
        {
            throw Error(Token.Start, $"{Token.Describe()} is reserved and cannot be used for an enum value.");
        }
        var name = ParseName();
        var directives = ParseDirectives(true);
        return new EnumValueDefinitionNode { Description = description, Name = name, Directives = directives, Location = LocationFrom(start) };
    }

    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var start = Token;
        var description = ParseDescription();
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(true);
        var fields = OptionalMany(TokenKind.BraceL, ParseInputValueDefinition, TokenKind.BraceR);
        return new InputObjectTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Directives = directives,
            Fields = fields ?? NoInputValues,
            Location = LocationFrom(start),
        };
    }

    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = Token;
        var description = ParseDescription();
        ExpectKeyword("directive");
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = OptionalMany(TokenKind.ParenL, ParseInputValueDefinition, TokenKind.ParenR);
        var directives = ParseDirectives(true);
        var repeatable = ExpectOptionalKeyword("repeatable");
        ExpectKeyword("on");
        var locations = DelimitedMany(TokenKind.Pipe, () =>
        {
            var token = Token;
            var location = ParseName();
            return DirectiveLocations.Contains(location.Value) ? location : throw Unexpected(token);
        });
        return new DirectiveDefinitionNode
        {
            Description = description,
            Name = name,
            Arguments = arguments ?? NoInputValues,
            Directives = directives,
            Repeatable = repeatable,
            Locations = locations,
            Location = LocationFrom(start),
        };
    }

    private TypeSystemDefinitionNode ParseTypeSystemExtension()
    {
        var keyword = _lexer.Lookahead();
        if (keyword.Kind == TokenKind.Name)
        {
            var start = Token;
            switch (keyword.Value)
            {
                case "schema":
                    {
                        ExpectKeyword("extend");
                        ExpectKeyword("schema");
                        var directives = ParseDirectives(true);
                        var operationTypes = OptionalMany(TokenKind.BraceL, ParseOperationTypeDefinition, TokenKind.BraceR);
                        if (directives.Count == 0 && operationTypes is null)
                        {
                            throw Unexpected();
                        }
                        return new SchemaDefinitionNode
                        {
                            Directives = directives,
                            OperationTypes = operationTypes ?? NoOperationTypes,
                            IsExtension = true,
                            Location = LocationFrom(start),
                        };
                    }
                case "scalar":
                    {
                        Advance();
                        Advance();
                        var name = ParseName();
                        var directives = ParseDirectives(true);
                        if (directives.Count == 0)
                        {
                            throw Unexpected();
                        }
                        return new ScalarTypeDefinitionNode { Name = name, Directives = directives, IsExtension = true, Location = LocationFrom(start) };
                    }
                case "type":
                case "interface":
                    {
                        Advance();
                        Advance();
                        var name = ParseName();
                        var interfaces = ParseImplementsInterfaces();
                        var directives = ParseDirectives(true);
                        var fields = OptionalMany(TokenKind.BraceL, ParseFieldDefinition, TokenKind.BraceR);
                        if (interfaces is null && directives.Count == 0 && fields is null)
                        {
                            throw Unexpected();
                        }
                        return keyword.Value == "type"
                            ? new ObjectTypeDefinitionNode
                            {
                                Name = name,
                                Interfaces = interfaces ?? NoTypes,
                                Directives = directives,
                                Fields = fields ?? NoFields,
                                IsExtension = true,
                                Location = LocationFrom(start),
                            }
                            : new InterfaceTypeDefinitionNode
                            {
                                Name = name,
                                Interfaces = interfaces ?? NoTypes,
                                Directives = directives,
                                Fields = fields ?? NoFields,
                                IsExtension = true,
                                Location = LocationFrom(start),
                            };
                    }
                case "union":
                    {
                        Advance();
                        Advance();
                        var name = ParseName();
                        var directives = ParseDirectives(true);
                        var types = ExpectOptional(TokenKind.EqualsSign) ? DelimitedMany(TokenKind.Pipe, ParseNamedType) : null;
                        if (directives.Count == 0 && types is null)
                        {
                            throw Unexpected();
                        }
                        return new UnionTypeDefinitionNode { Name = name, Directives = directives, Types = types ?? NoTypes, IsExtension = true, Location = LocationFrom(start) };
                    }
                case "enum":
                    {
                        Advance();
                        Advance();
                        var name = ParseName();
                        var directives = ParseDirectives(true);
                        var values = OptionalMany(TokenKind.BraceL, ParseEnumValueDefinition, TokenKind.BraceR);
                        if (directives.Count == 0 && values is null)
                        {
                            throw Unexpected();
                        }
                        return new EnumTypeDefinitionNode { Name = name, Directives = directives, Values = values ?? NoEnumValues, IsExtension = true, Location = LocationFrom(start) };
                    }
                case "input":
                    {
                        Advance();
                        Advance();
                        var name = ParseName();
                        var directives = ParseDirectives(true);
                        var fields = OptionalMany(TokenKind.BraceL, ParseInputValueDefinition, TokenKind.BraceR);
                        if (directives.Count == 0 && fields is null)
                        {
                            throw Unexpected();
                        }
                        return new InputObjectTypeDefinitionNode { Name = name, Directives = directives, Fields = fields ?? NoInputValues, IsExtension = true, Location = LocationFrom(start) };
                    }
            }
        }
        throw Unexpected(keyword);
    }
}
