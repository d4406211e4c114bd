namespace RightHelp.GraphQL.Execution;

public enum RequestErrorKind
{
    None,
    InvalidRequest,
    Syntax,
    Validation,
    OperationNotFound,
    MutationNotAllowed,
    VariableCoercion,
    DocumentNotFound,
}
