using Microsoft.EntityFrameworkCore;
using RightHelp.Identity.Data;

namespace RightHelp.Identity.Messaging;

/// <summary>Sends what the outbox holds, every two seconds, oldest first.</summary>
public sealed class OutboxDispatcher(IServiceScopeFactory scopes, IMessageSender sender, TimeProvider time, ILogger<OutboxDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(2));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<IdentityDataContext>();
                var pending = await db.OutboxMessages.Where(m => m.SentAt == null).OrderBy(m => m.CreatedAt).Take(20).ToListAsync(stoppingToken);
                foreach (var message in pending)
                {
                    await sender.SendAsync(message, stoppingToken);
                    message.SentAt = time.GetUtcNow();
                    await db.SaveChangesAsync(stoppingToken);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Sending from the outbox failed; will try again.");
            }
        }
    }
}
