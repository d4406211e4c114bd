namespace RightHelp.Portal.Components.GovUk;

public enum TagColour
{
    Default,
    Grey,
    Green,
    Turquoise,
    Blue,
    LightBlue,
    Purple,
    Pink,
    Red,
    Orange,
    Yellow,
}
