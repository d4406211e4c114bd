using Microsoft.EntityFrameworkCore;
using RightHelp.Api.Extensions;

namespace RightHelp.Api.Data;

/// <summary>The schema the EF model implies, as SQL: how a new migration script is started.</summary>
public static class PortalSchema
{
    public static string CreateScript()
    {
        using var db = new PortalDbContext(DataExtensions.PortalDbContextOptions(null));
        return db.Database.GenerateCreateScript().ReplaceLineEndings("\n");
    }
}
