namespace RightHelp.Api.GraphQL;

/// <summary>The typed errors mutations return; "not found" is the same for missing and not yours.</summary>
public static class UserErrors
{
    public static NotFoundError NotFound(string what) => new($"We could not find that {what}.");

    public static NotYourFamilyError NotYourFamily() => new("You can only do this for your own family.");

    public static NotAllowedError NotAllowed(string why) => new(why);

    public static InputError Invalid(string field, string message) => new(field, message);
}
