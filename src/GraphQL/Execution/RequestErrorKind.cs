namespace RightHelp.GraphQL.Execution;

/// <summary>Why a request did not reach execution; None when it did.</summary>
public enum RequestErrorKind
{
    /// <summary>Execution ran (the result has "data", maybe with field errors).</summary>
    None,
    /// <summary>No query / not a string / bad variables shape.</summary>
    InvalidRequest,
    /// <summary>Parse error.</summary>
    Syntax,
    /// <summary>A spec section 5 rule or a configured limit failed.</summary>
    Validation,
    /// <summary>operationName missing when needed, or no such operation.</summary>
    OperationNotFound,
    /// <summary>A mutation (or subscription) when AllowMutations is false.</summary>
    MutationNotAllowed,
    /// <summary>Variable values failed coercion.</summary>
    VariableCoercion,
    /// <summary>Unknown trusted document id.</summary>
    DocumentNotFound,
}
