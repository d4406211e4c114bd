using RightHelp.Api.Data;

namespace RightHelp.Api.Plans;

/// <summary>Plan kinds and section headings in the words a family would use.</summary>
public static class PlanWords
{
    public static string KindName(PlanKind kind) => kind switch
    {
        PlanKind.EarlyHelp => "Early help plan (team around the family)",
        PlanKind.ChildInNeed => "Child in need plan",
        PlanKind.ChildProtection => "Child protection plan",
        PlanKind.ChildInCare => "Care plan (child in care)",
        PlanKind.Pathway => "Pathway plan (leaving care)",
        _ => "Plan",
    };

    public static string Heading(SectionHeading heading) => heading switch
    {
        SectionHeading.WhatWeAreWorriedAbout => "What we are worried about",
        SectionHeading.WhatIsWorkingWell => "What is working well",
        SectionHeading.WhatNeedsToHappen => "What needs to happen",
        SectionHeading.WhatHappensIfNothingChanges => "What will happen if things do not change",
        _ => "Plan",
    };
}
