using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RightHelp.Identity.Data;

namespace RightHelp.Identity.Pages.Development;

/// <summary>Shows what the outbox sent, so sign-in codes can be used without a mail server. Not found outside Development.</summary>
public sealed class OutboxModel(IdentityDataContext db, IHostEnvironment environment) : PageModel
{
    public IReadOnlyList<OutboxMessage> Messages { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!environment.IsDevelopment())
        {
            return NotFound();
        }
        Messages = await db.OutboxMessages.AsNoTracking().OrderByDescending(m => m.CreatedAt).Take(50).ToListAsync();
        return Page();
    }
}
