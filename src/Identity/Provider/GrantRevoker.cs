using Microsoft.EntityFrameworkCore;
using RightHelp.Identity.Data;

namespace RightHelp.Identity.Provider;

/// <summary>Ends a token family: its refresh tokens stop working and userinfo refuses its access tokens.</summary>
public sealed class GrantRevoker(IdentityDataContext db, TimeProvider time, ILogger<GrantRevoker> logger)
{
    public async Task RevokeAsync(Guid grantId, string reason)
    {
        var now = time.GetUtcNow();
        var revoked = await db.Grants
            .Where(g => g.Id == grantId && g.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(g => g.RevokedAt, now).SetProperty(g => g.RevokedReason, reason));
        if (revoked > 0)
        {
            logger.LogWarning("Revoked grant {GrantId}: {Reason}", grantId, reason);
        }
    }

    public async Task RevokeSessionAsync(string subject, string sessionId, string reason)
    {
        var now = time.GetUtcNow();
        await db.Grants
            .Where(g => g.Subject == subject && g.SessionId == sessionId && g.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(g => g.RevokedAt, now).SetProperty(g => g.RevokedReason, reason));
    }
}
