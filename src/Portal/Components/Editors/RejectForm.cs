namespace RightHelp.Portal.Components.Editors;

public sealed class RejectForm
{
    public string? Reason { get; set; }
}
