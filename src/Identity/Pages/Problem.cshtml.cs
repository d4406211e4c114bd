using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace RightHelp.Identity.Pages;

/// <summary>
/// Shown when a sign-in request cannot safely be sent back where it came from (an unknown app or
/// an unregistered return address). Only fixed messages: nothing from the request is echoed.
/// </summary>
public sealed class ProblemModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Reason { get; set; }

    public string Message => Reason switch
    {
        "unknown-client" => "The website that sent you here is not one we know.",
        "redirect-uri" => "The website that sent you here asked us to send you back to an address we do not know.",
        "logout-redirect" => "You have been asked to sign out, but the address to go back to afterwards is not one we know.",
        "id-token-hint" => "The sign-out request was not valid.",
        _ => "The request was not valid.",
    };

    public void OnGet() => Response.StatusCode = StatusCodes.Status400BadRequest;
}
