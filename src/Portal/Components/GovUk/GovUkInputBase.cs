using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace RightHelp.Portal.Components.GovUk;

/// <summary>
/// What every GOV.UK text field shares: label, hint and error message, wired by id to the
/// control through aria-describedby, with the error taken from the form's validation.
/// </summary>
public abstract class GovUkInputBase : InputBase<string?>
{
    [Parameter, EditorRequired] public string Label { get; set; } = "";

    /// <summary>Make the label the page's h1, for one-question pages.</summary>
    [Parameter] public bool IsPageHeading { get; set; }
    [Parameter] public string? LabelClass { get; set; }
    [Parameter] public string? Hint { get; set; }
    [Parameter] public string? Id { get; set; }

    protected string ControlId => Id ?? FieldIds.For(FieldIdentifier);
    protected string HintId => ControlId + "-hint";
    protected string ErrorId => ControlId + "-error";
    protected string? Error => EditContext.GetValidationMessages(FieldIdentifier).FirstOrDefault();
    protected bool HasError => Error is not null;
    protected string LabelClasses => Css.Join("govuk-label", LabelClass ?? (IsPageHeading ? "govuk-label--l" : null));

    protected string? DescribedBy
    {
        get
        {
            var ids = Css.Join(Hint is null ? null : HintId, HasError ? ErrorId : null);
            return ids.Length == 0 ? null : ids;
        }
    }

    protected override bool TryParseValueFromString(string? value, out string? result, out string validationErrorMessage)
    {
        result = value;
        validationErrorMessage = "";
        return true;
    }
}
