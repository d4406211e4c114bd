using System.Linq.Expressions;
using Microsoft.AspNetCore.Components.Forms;

namespace RightHelp.Portal.Components.GovUk;

/// <summary>One line of the error summary: the message, linking to the field it is about.</summary>
public sealed record ErrorSummaryItem(string Text, string Href)
{
    /// <summary>
    /// The current messages for the given fields, in page order, each linking to the id the
    /// GOV.UK field components give that field.
    /// </summary>
    public static IReadOnlyList<ErrorSummaryItem> From(EditContext context, params Expression<Func<object?>>[] fields) =>
        fields
            .Select(FieldIdentifier.Create)
            .SelectMany(field => context.GetValidationMessages(field).Take(1).Select(message => new ErrorSummaryItem(message, "#" + FieldIds.For(field))))
            .ToArray();
}
