namespace RightHelp.Identity.Signing;

/// <summary>Checks the signing keys at start-up and every hour, so rotation needs nobody to remember it.</summary>
public sealed class SigningKeyRotation(SigningKeyStore store, ILogger<SigningKeyRotation> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1));
        do
        {
            try
            {
                await store.EnsureKeysAsync();
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Could not check the signing keys; will try again in an hour.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
