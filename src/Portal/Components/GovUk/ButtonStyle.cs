namespace RightHelp.Portal.Components.GovUk;

public enum ButtonStyle
{
    Primary,
    Secondary,
    Warning,
    Inverse,
}
