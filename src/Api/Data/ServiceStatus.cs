namespace RightHelp.Api.Data;

/// <summary>Open Referral UK's service status (<c>active</c>, <c>inactive</c>, <c>defunct</c>, <c>temporarily closed</c>).</summary>
public enum ServiceStatus
{
    Active,
    Inactive,
    Defunct,
    TemporarilyClosed,
}
