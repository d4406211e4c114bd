using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using RightHelp.GraphQL.Execution;
using RightHelp.GraphQL.Language.Ast;

namespace RightHelp.GraphQL.Language;

/// <summary>
/// Recursive-descent parser for the September 2025 grammar (spec 2 and 3). Recursion is bounded by
/// <see cref="ParserOptions.MaxNesting"/> and work by <see cref="ParserOptions.MaxTokens"/>, so hostile
/// documents fail fast with a syntax error instead of exhausting the stack.
/// </summary>
public sealed partial class Parser
{
    private static readonly HashSet<string> DirectiveLocations =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
        "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE",
        "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION", "DIRECTIVE_DEFINITION",
        "FRAGMENT_VARIABLE_DEFINITION",
    ];

    /// <summary>Stacks larger than this (left by a huge document) are not kept for the thread's next parse.</summary>
    private const int MaxPooledStack = 4096;

    /// <summary>The last parse's empty node stack on this thread, reused so a parse does not allocate its own.</summary>
    [ThreadStatic]
    private static object[]? t_stack;

    private readonly string _body;
    private readonly Lexer _lexer;
    private readonly int _maxTokens;
    private readonly int _maxNesting;
    private int _lastEnd;
    private int _tokenCount;
    private int _depth;

    /// <summary>
    /// Child nodes of the lists being parsed, innermost list on top. A list pushes its items and, at its end, moves
    /// them into an array of exactly their number (<see cref="Drain{T}"/>): no List growth, no spare capacity kept by
    /// the AST, and nested lists share the one stack.
    /// </summary>
    private object[] _stack;
    private int _stackCount;

    private Parser(string body, ParserOptions options)
    {
        _body = body;
        _maxTokens = options.MaxTokens;
        _maxNesting = options.MaxNesting;
        _lexer = new Lexer(body);
        _stack = t_stack ?? new object[64];
        t_stack = null;
    }

    public static DocumentNode Parse(string body, ParserOptions? options = null)
    {
        options ??= ParserOptions.Default;
        if (body.Length > options.MaxLength)
        {
            throw new GraphQLSyntaxException(
                $"Source contains more than {options.MaxLength} UTF-16 code units. Parsing aborted.", new SourceLocation(1, 1));
        }
        var parser = new Parser(body, options);
        var document = parser.ParseDocument();
        parser.ReleaseStack();
        return document;
    }

    /// <summary>Parses a single value literal, such as a default value.</summary>
    public static ValueNode ParseValue(string body, bool isConst = true)
    {
        var parser = new Parser(body, ParserOptions.Default);
        parser.Advance();
        var value = parser.ParseValueLiteral(isConst);
        parser.Expect(TokenKind.EndOfFile);
        parser.ReleaseStack();
        return value;
    }

    /// <summary>Hands the (by now empty) stack back for the thread's next parse; after a syntax error it is simply dropped.</summary>
    private void ReleaseStack()
    {
        if (_stack.Length <= MaxPooledStack)
        {
            t_stack = _stack;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Push(object node)
    {
        var stack = _stack;
        var count = _stackCount;
        if ((uint)count >= (uint)stack.Length)
        {
            Array.Resize(ref _stack, stack.Length * 2);
            stack = _stack;
        }
        // The stack is always exactly object[], so the store needs no array covariance check.
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(stack), count) = node;
        _stackCount = count + 1;
    }

    /// <summary>Moves the nodes pushed since <paramref name="mark"/> into a new array, clearing their slots.</summary>
    private T[] Drain<T>(int mark)
        where T : class
    {
        var count = _stackCount - mark;
        if (count == 0)
        {
            return [];
        }
        var items = new T[count];
        ref var source = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_stack), mark);
        ref var target = ref MemoryMarshal.GetArrayDataReference(items);
        for (var i = 0; i < count; i++)
        {
            // Only T was pushed since the mark; writing through the reference skips the covariance check that
            // storing a FieldNode into a SelectionNode[] would otherwise pay.
            Unsafe.Add(ref target, i) = Unsafe.As<T>(Unsafe.Add(ref source, i));
            Unsafe.Add(ref source, i) = null!;
        }
        _stackCount = mark;
        return items;
    }

    // Once per token, from everywhere: inlined, it saves a call per token.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Advance()
    {
        var lexer = _lexer;
        _lastEnd = lexer.End;
        lexer.MoveNext();
        if (lexer.Kind != TokenKind.EndOfFile && ++_tokenCount > _maxTokens)
        {
            throw TooManyTokens();
        }
    }

    private GraphQLSyntaxException TooManyTokens() =>
        Error(_lexer.Start, $"Document contains more than {_maxTokens} tokens. Parsing aborted.");

    private GraphQLSyntaxException Error(int position, string description) =>
        new(description, GraphQLSyntaxException.LocationOf(_body, position));

    /// <summary>Where the current token starts; a node parsed from here ends at <see cref="LocationFrom"/>.</summary>
    private Location Here
    {
        get
        {
            var lexer = _lexer;
            return new(lexer.Start, lexer.Start, lexer.Line, lexer.Column);
        }
    }

    private Location LocationFrom(Location start) => new(start.Start, _lastEnd, start.Line, start.Column);

    private void Enter()
    {
        if (++_depth > _maxNesting)
        {
            throw Error(_lexer.Start, $"Document exceeds the maximum nesting depth of {_maxNesting}. Parsing aborted.");
        }
    }

    private void Exit() => _depth--;

    private bool Peek(TokenKind kind) => _lexer.Kind == kind;

    private void Expect(TokenKind kind)
    {
        if (_lexer.Kind != kind)
        {
            throw Expected(kind);
        }
        Advance();
    }

    private GraphQLSyntaxException Expected(TokenKind kind) =>
        Error(_lexer.Start, $"Expected {Language.Token.Describe(kind)}, found {_lexer.Current.Describe()}.");

    private bool ExpectOptional(TokenKind kind)
    {
        if (_lexer.Kind == kind)
        {
            Advance();
            return true;
        }
        return false;
    }

    private void ExpectKeyword(string value)
    {
        if (!ExpectOptionalKeyword(value))
        {
            throw Error(_lexer.Start, $"Expected \"{value}\", found {_lexer.Current.Describe()}.");
        }
    }

    private bool ExpectOptionalKeyword(string value)
    {
        if (_lexer.Kind == TokenKind.Name && _lexer.Value == value)
        {
            Advance();
            return true;
        }
        return false;
    }

    private GraphQLSyntaxException Unexpected(Token? at = null)
    {
        var token = at ?? _lexer.Current;
        return Error(token.Start, $"Unexpected {token.Describe()}.");
    }

    // The list helpers take a static lambda (Func<Parser, T>), which the compiler caches, rather than a method group,
    // which would allocate a delegate per list.
    private T[] Many<T>(TokenKind open, Func<Parser, T> item, TokenKind close)
        where T : class
    {
        Expect(open);
        var mark = _stackCount;
        do
        {
            Push(item(this));
        }
        while (!ExpectOptional(close));
        return Drain<T>(mark);
    }

    private T[]? OptionalMany<T>(TokenKind open, Func<Parser, T> item, TokenKind close)
        where T : class =>
        Peek(open) ? Many(open, item, close) : null;

    private T[] DelimitedMany<T>(TokenKind delimiter, Func<Parser, T> item)
        where T : class
    {
        ExpectOptional(delimiter);
        var mark = _stackCount;
        do
        {
            Push(item(this));
        }
        while (ExpectOptional(delimiter));
        return Drain<T>(mark);
    }

    private DocumentNode ParseDocument()
    {
        Advance();
        var mark = _stackCount;
        do
        {
            Push(ParseDefinition());
        }
        while (!ExpectOptional(TokenKind.EndOfFile));
        return new DocumentNode(Drain<DefinitionNode>(mark)) { Location = new Location(0, _body.Length, 1, 1), TokenCount = _tokenCount };
    }

    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceL))
        {
            return ParseOperationDefinition();
        }
        var hasDescription = PeekDescription();
        var keyword = hasDescription ? _lexer.Lookahead() : _lexer.Current;
        if (hasDescription && keyword.Kind == TokenKind.BraceL)
        {
            throw Error(_lexer.Start, "Unexpected description, descriptions are not supported on shorthand queries.");
        }
        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.Value)
            {
                case "schema": return ParseSchemaDefinition();
                case "scalar": return ParseScalarTypeDefinition();
                case "type": return ParseObjectTypeDefinition();
                case "interface": return ParseInterfaceTypeDefinition();
                case "union": return ParseUnionTypeDefinition();
                case "enum": return ParseEnumTypeDefinition();
                case "input": return ParseInputObjectTypeDefinition();
                case "directive": return ParseDirectiveDefinition();
                case "query":
                case "mutation":
                case "subscription":
                    return ParseOperationDefinition();
                case "fragment": return ParseFragmentDefinition();
            }
            if (hasDescription)
            {
                throw Error(_lexer.Start, "Unexpected description, only GraphQL definitions support descriptions.");
            }
            if (keyword.Value == "extend")
            {
                return ParseTypeSystemExtension();
            }
        }
        throw Unexpected(keyword);
    }

    private NameNode ParseName()
    {
        var lexer = _lexer;
        if (lexer.Kind != TokenKind.Name)
        {
            throw Expected(TokenKind.Name);
        }
        var name = new NameNode(lexer.Value!) { Location = new Location(lexer.Start, lexer.End, lexer.Line, lexer.Column) };
        Advance();
        return name;
    }

    private bool PeekDescription() => Peek(TokenKind.String) || Peek(TokenKind.BlockString);

    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    private StringValueNode ParseStringLiteral()
    {
        var start = Here;
        var value = _lexer.Value!;
        var block = _lexer.Kind == TokenKind.BlockString;
        Advance();
        return new StringValueNode(value, block) { Location = LocationFrom(start) };
    }
}
