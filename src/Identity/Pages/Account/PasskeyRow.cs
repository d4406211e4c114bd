namespace RightHelp.Identity.Pages.Account;

/// <summary>One passkey as the list shows it; the id is base64url, as the remove form posts it.</summary>
public sealed record PasskeyRow(string CredentialId, string Name, string Added);
