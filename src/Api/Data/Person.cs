namespace RightHelp.Api.Data;

/// <summary>A child, young person, parent or carer in a family.</summary>
public class Person
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid FamilyId { get; set; }

    public Family? Family { get; set; }

    public PersonRole Role { get; set; }

    public string GivenName { get; set; } = "";

    public string FamilyName { get; set; } = "";

    /// <summary>The name they like to be called, when it is not their given name.</summary>
    public string? PreferredName { get; set; }

    /// <summary>In the family's words: "Mum", "Dad", "Nan (kinship carer)", "Foster carer".</summary>
    public string? RelationshipDescription { get; set; }

    public DateOnly? DateOfBirth { get; set; }

    public string? Pronouns { get; set; }

    /// <summary>Their contact email as the case system holds it, for their worker to send an invitation.</summary>
    public string? Email { get; set; }

    public string? ExternalSource { get; set; }

    public string? ExternalReference { get; set; }
}
