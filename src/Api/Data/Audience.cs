namespace RightHelp.Api.Data;

/// <summary>Who a plan section or action is written for; a young person never sees <see cref="ParentsAndCarers"/>.</summary>
public enum Audience
{
    Everyone,
    ParentsAndCarers,
    YoungPerson,
}
