namespace RightHelp.Api.Data;

/// <summary>Open Referral UK's <c>location_type</c>.</summary>
public enum LocationType
{
    Physical,
    Postal,
    Virtual,
}
