using Microsoft.AspNetCore.Components.Forms;
using RightHelp.Portal.Content;

namespace RightHelp.Portal.Components.GovUk;

/// <summary>
/// The element id a form field gets ("WhatWorries" → "what-worries"), shared by the field
/// components and the error summary so its links always land on the field.
/// </summary>
public static class FieldIds
{
    public static string For(FieldIdentifier field) => Slug.From(Words(field.FieldName));

    private static string Words(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) && !char.IsUpper(name[i - 1]) ? " " + c : c.ToString()));
}
