namespace RightHelp.Api.Data;

public enum OrganizationType
{
    LocalAuthority,
    School,
    Health,
    VoluntarySector,
    Police,
    Housing,
    Community,
}
