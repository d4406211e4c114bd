namespace RightHelp.Api.Data;

public enum Attendance
{
    InPerson,
    Online,
    InPersonOrOnline,
}
