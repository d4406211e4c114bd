using RightHelp.Portal.Api.Listings;

namespace RightHelp.Portal.Components.Partners;

/// <summary>The edit form's fields, posted back as typed so mistakes can be shown next to them.</summary>
public sealed class ListingForm
{
    public string? Name { get; set; }
    public string? Description { get; set; }
    public string? Eligibility { get; set; }
    public string? HowToRefer { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Url { get; set; }

    public static ListingForm From(ListingText text) => new()
    {
        Name = text.Name,
        Description = text.Description,
        Eligibility = text.Eligibility,
        HowToRefer = text.HowToRefer,
        Email = text.Email,
        Phone = text.Phone,
        Url = text.Url,
    };

    public ListingText ToText() => new(Name ?? "", Description ?? "", Eligibility ?? "", HowToRefer ?? "", Email, Phone, Url);
}
