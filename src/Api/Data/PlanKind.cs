namespace RightHelp.Api.Data;

public enum PlanKind
{
    EarlyHelp,
    ChildInNeed,
    ChildProtection,
    ChildInCare,
    Pathway,
}
