namespace RightHelp.Api.Tests.YouSaidWeDid;

/// <summary>What the database holds for a load run: acknowledged keys with no row (lost), rows whose id is not the one acknowledged (changed), and extra rows.</summary>
public sealed record LoadVerification(int Rows, IReadOnlyList<string> Lost, IReadOnlyList<string> Changed, int Duplicates)
{
    public bool Intact => Lost.Count == 0 && Changed.Count == 0 && Duplicates == 0;

    public override string ToString() => $"{Rows} rows, {Lost.Count} lost, {Changed.Count} changed, {Duplicates} duplicated";
}
