namespace RightHelp.Api.Data;

public enum PersonRole
{
    ChildOrYoungPerson,
    ParentOrCarer,
}
