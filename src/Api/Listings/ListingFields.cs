using System.Text.Json;
using RightHelp.Api.Data;

namespace RightHelp.Api.Listings;

/// <summary>
/// The parts of a listing a partner may change, in plain fields. Stored in a change as JSON with
/// Open Referral UK style names, and applied to the service only when an editor approves.
/// </summary>
public sealed record ListingFields(string Name, string Description, string Eligibility, string HowToRefer, string? Email, string? Phone, string? Url)
{
    public static ListingFields Of(Service service) => new(
        service.Name,
        service.Description,
        service.Eligibilities.OrderBy(e => e.Id).Select(e => e.Description).FirstOrDefault() ?? "",
        service.HowToRefer,
        service.Email,
        service.Contacts.OrderBy(c => c.Id).Select(c => c.Phone).FirstOrDefault(p => p is not null),
        service.Url);

    public JsonDocument ToJson() => JsonSerializer.SerializeToDocument(new Dictionary<string, string?>
    {
        ["name"] = Name,
        ["description"] = Description,
        ["eligibility_description"] = Eligibility,
        ["how_to_refer"] = HowToRefer,
        ["email"] = Email,
        ["phone"] = Phone,
        ["url"] = Url,
    });

    public static ListingFields FromJson(JsonDocument json)
    {
        var root = json.RootElement;
        string? Read(string name) => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        return new(Read("name") ?? "", Read("description") ?? "", Read("eligibility_description") ?? "", Read("how_to_refer") ?? "",
            Read("email"), Read("phone"), Read("url"));
    }

    /// <summary>Writes these fields onto the published service: its first eligibility and first contact's phone.</summary>
    public void ApplyTo(Service service, PortalDbContext db)
    {
        service.Name = Name;
        service.Description = Description;
        service.HowToRefer = HowToRefer;
        service.Email = Email;
        service.Url = Url;
        var eligibility = service.Eligibilities.OrderBy(e => e.Id).FirstOrDefault();
        if (eligibility is null && Eligibility.Length > 0)
        {
            db.Eligibilities.Add(new Eligibility { ServiceId = service.Id, Description = Eligibility });
        }
        else if (eligibility is not null)
        {
            eligibility.Description = Eligibility;
        }
        var contact = service.Contacts.OrderBy(c => c.Id).FirstOrDefault();
        if (contact is null && Phone is not null)
        {
            db.Contacts.Add(new Contact { ServiceId = service.Id, Name = service.Name, Phone = Phone });
        }
        else if (contact is not null)
        {
            contact.Phone = Phone;
        }
    }
}
