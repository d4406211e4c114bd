namespace RightHelp.Api.Tests.AccessMatrix;

/// <summary>One thing the matrix asks every role for, and how to ask it with the fixture's records.</summary>
public sealed record MatrixTarget(string Name, Func<MatrixIds, MatrixRole, MatrixRequest> Build)
{
    public override string ToString() => Name;
}
