namespace RightHelp.Api.Tests.AccessMatrix;

/// <summary>
/// The roles of DESIGN section 3 as the matrix signs in: family A is the Harlows (North), family B
/// the Ashbys (South); the young person is Jordan Harlow, the subject of family A's plan.
/// </summary>
public enum MatrixRole
{
    Anonymous,
    ParentA,
    ParentB,
    YoungPersonA,
    Partner,
    PractitionerWithA,
    PractitionerWithoutA,
    Manager,
    Editor,
    CaseSystem,
}
