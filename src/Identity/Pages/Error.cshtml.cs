using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using RightHelp.ServiceDefaults.ErrorPages;

namespace RightHelp.Identity.Pages;

/// <summary>
/// What a person sees instead of an empty page when an address is wrong or something fails: fixed words for
/// each status, nothing from the request echoed and no detail of the failure. The status code stays the one
/// the request earned (the page is re-executed, as a GET, or rendered by the exception handler); asked for
/// directly, the page answers with the status it describes.
/// </summary>
public sealed class ErrorModel : PageModel
{
    [BindProperty(Name = "code", SupportsGet = true)]
    public string? Status { get; set; }

    public int Code => int.TryParse(Status, out var code) && code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;

    public string Title => Code switch
    {
        StatusCodes.Status404NotFound => "Page not found",
        >= 500 => "Sorry, there is a problem with the service",
        _ => "Sorry, there is a problem",
    };

    public IReadOnlyList<string> Paragraphs => Code switch
    {
        StatusCodes.Status404NotFound =>
        [
            "If you typed the web address, check it is correct.",
            "If you pasted the web address, check you copied the entire address.",
        ],
        >= 500 =>
        [
            "Try again later. Nothing you typed has been kept.",
            "If you need to see your plan today, call your worker.",
        ],
        _ =>
        [
            "The page could not do what was asked. This can happen if a form was left open for a long time.",
            "Go back and try again. If it keeps happening, tell your worker or the service desk.",
        ],
    };

    public void OnGet()
    {
        if (!ErrorPagesAsGet.IsReExecuted(HttpContext))
        {
            Response.StatusCode = Code;
        }
    }
}
