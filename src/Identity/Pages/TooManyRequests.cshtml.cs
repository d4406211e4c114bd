using Microsoft.AspNetCore.Mvc.RazorPages;
using RightHelp.ServiceDefaults.RateLimiting;

namespace RightHelp.Identity.Pages;

/// <summary>
/// Rendered in place of a form post the rate limiter refused; the status and Retry-After are
/// the limiter's, and the wait in words is read from that header.
/// </summary>
public sealed class TooManyRequestsModel : PageModel
{
    public string Wait { get; private set; } = "";

    public void OnGet()
    {
        Response.StatusCode = StatusCodes.Status429TooManyRequests;
        Wait = RetryAfter.Sentence(Response);
    }
}
