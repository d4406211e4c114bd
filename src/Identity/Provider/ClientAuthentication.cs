using RightHelp.Identity.Data;

namespace RightHelp.Identity.Provider;

public sealed record ClientAuthentication(Client? Client, bool UsedBasic)
{
    public static ClientAuthentication Failed(bool usedBasic) => new(null, usedBasic);
}
