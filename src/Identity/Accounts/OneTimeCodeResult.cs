namespace RightHelp.Identity.Accounts;

/// <summary>Why a one-time code was or was not accepted; each has its own message for the person.</summary>
public enum OneTimeCodeResult
{
    Accepted,
    Wrong,
    NoCodeRequested,
    Expired,
    AlreadyUsed,
    TooManyGuesses,
    DifferentBrowser,
}
