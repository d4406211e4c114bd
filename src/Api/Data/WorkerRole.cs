namespace RightHelp.Api.Data;

public enum WorkerRole
{
    Practitioner,
    Manager,
}
