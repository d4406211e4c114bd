namespace RightHelp.Api.Data;

/// <summary>The four questions every plan answers, whatever its kind.</summary>
public enum SectionHeading
{
    WhatWeAreWorriedAbout,
    WhatIsWorkingWell,
    WhatNeedsToHappen,
    WhatHappensIfNothingChanges,
}
