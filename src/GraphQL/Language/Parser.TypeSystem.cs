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
        var start = Here;
        var description = ParseDescription();
        ExpectKeyword("schema");
        var directives = ParseDirectives(true);
        var operationTypes = Many(TokenKind.BraceL, static p => p.ParseOperationTypeDefinition(), TokenKind.BraceR);
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
        var start = Here;
        var operation = ParseOperationType();
        Expect(TokenKind.Colon);
        var type = ParseNamedType();
        return new OperationTypeDefinitionNode(operation, type) { Location = LocationFrom(start) };
    }

    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var start = Here;
        var description = ParseDescription();
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(true);
        return new ScalarTypeDefinitionNode { Description = description, Name = name, Directives = directives, Location = LocationFrom(start) };
    }

    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var start = Here;
        var description = ParseDescription();
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(true);
        var fields = OptionalMany(TokenKind.BraceL, static p => p.ParseFieldDefinition(), TokenKind.BraceR);
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

    private NamedTypeNode[]? ParseImplementsInterfaces() =>
        ExpectOptionalKeyword("implements") ? DelimitedMany(TokenKind.Amp, static p => p.ParseNamedType()) : null;

    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = Here;
        var description = ParseDescription();
        var name = ParseName();
        var arguments = OptionalMany(TokenKind.ParenL, static p => p.ParseInputValueDefinition(), TokenKind.ParenR);
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
        var start = Here;
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
        var start = Here;
        var description = ParseDescription();
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(true);
        var fields = OptionalMany(TokenKind.BraceL, static p => p.ParseFieldDefinition(), TokenKind.BraceR);
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
        var start = Here;
        var description = ParseDescription();
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(true);
        var types = ExpectOptional(TokenKind.EqualsSign) ? DelimitedMany(TokenKind.Pipe, static p => p.ParseNamedType()) : null;
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
        var start = Here;
        var description = ParseDescription();
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(true);
        var values = OptionalMany(TokenKind.BraceL, static p => p.ParseEnumValueDefinition(), TokenKind.BraceR);
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
        var start = Here;
        var description = ParseDescription();
        if (_lexer.Value is "true" or "false" or "null")
        {
            throw Error(_lexer.Start, $"{_lexer.Current.Describe()} is reserved and cannot be used for an enum value.");
        }
        var name = ParseName();
        var directives = ParseDirectives(true);
        return new EnumValueDefinitionNode { Description = description, Name = name, Directives = directives, Location = LocationFrom(start) };
    }

    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var start = Here;
        var description = ParseDescription();
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(true);
        var fields = OptionalMany(TokenKind.BraceL, static p => p.ParseInputValueDefinition(), TokenKind.BraceR);
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
        var start = Here;
        var description = ParseDescription();
        ExpectKeyword("directive");
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = OptionalMany(TokenKind.ParenL, static p => p.ParseInputValueDefinition(), TokenKind.ParenR);
        var directives = ParseDirectives(true);
        var repeatable = ExpectOptionalKeyword("repeatable");
        ExpectKeyword("on");
        var locations = DelimitedMany(TokenKind.Pipe, static p =>
        {
            var token = p._lexer.Current;
            var location = p.ParseName();
            return DirectiveLocations.Contains(location.Value) ? location : throw p.Unexpected(token);
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
            var start = Here;
            switch (keyword.Value)
            {
                case "schema":
                    {
                        ExpectKeyword("extend");
                        ExpectKeyword("schema");
                        var directives = ParseDirectives(true);
                        var operationTypes = OptionalMany(TokenKind.BraceL, static p => p.ParseOperationTypeDefinition(), TokenKind.BraceR);
                        if (directives.Length == 0 && operationTypes is null)
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
                        if (directives.Length == 0)
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
                        var fields = OptionalMany(TokenKind.BraceL, static p => p.ParseFieldDefinition(), TokenKind.BraceR);
                        if (interfaces is null && directives.Length == 0 && fields is null)
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
                        var types = ExpectOptional(TokenKind.EqualsSign) ? DelimitedMany(TokenKind.Pipe, static p => p.ParseNamedType()) : null;
                        if (directives.Length == 0 && types is null)
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
                        var values = OptionalMany(TokenKind.BraceL, static p => p.ParseEnumValueDefinition(), TokenKind.BraceR);
                        if (directives.Length == 0 && values is null)
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
                        var fields = OptionalMany(TokenKind.BraceL, static p => p.ParseInputValueDefinition(), TokenKind.BraceR);
                        if (directives.Length == 0 && fields is null)
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
