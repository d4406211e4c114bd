namespace RightHelp.Api.Data;

public enum PlanStatus
{
    Active,
    Closed,
}
