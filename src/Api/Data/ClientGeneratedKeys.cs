using Microsoft.EntityFrameworkCore.Metadata;

namespace RightHelp.Api.Data;

/// <summary>
/// Every entity sets its own id (<c>Guid.CreateVersion7()</c>) when it is constructed. Telling EF
/// the key is never generated makes a new entity added through a navigation
/// (<c>plan.Versions.Add(...)</c>) an insert; otherwise EF would take a set key to mean the row
/// already exists and issue an update that changes nothing.
/// </summary>
public static class ClientGeneratedKeys
{
    public static void Apply(IMutableModel model)
    {
        foreach (var entity in model.GetEntityTypes())
        {
            if (entity.FindPrimaryKey() is { Properties: [{ Name: "Id" } key] } && key.ClrType == typeof(Guid))
            {
                key.ValueGenerated = ValueGenerated.Never;
            }
        }
    }
}
