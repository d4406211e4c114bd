using System.Net.Mail;
using RightHelp.Api.GraphQL;

namespace RightHelp.Api.Listings;

/// <summary>Checks a proposed listing before it reaches an editor; each problem names its field for the form.</summary>
public static class ListingValidator
{
    public static (ListingFields? Fields, IReadOnlyList<InputError> Errors) Read(IReadOnlyDictionary<string, object?> input)
    {
        var errors = new List<InputError>();
        string Text(string field, string label, int max, bool required)
        {
            var value = (input.GetValueOrDefault(field) as string ?? "").Trim();
            if (required && value.Length == 0)
            {
                errors.Add(UserErrors.Invalid(field, $"Enter {label}."));
            }
            else if (value.Length > max)
            {
                errors.Add(UserErrors.Invalid(field, $"{char.ToUpperInvariant(label[0])}{label[1..]} must be {max} characters or fewer."));
            }
            return value;
        }
        string? Optional(string value) => value.Length == 0 ? null : value;

        var name = Text("name", "the name of the service", 200, required: true);
        var description = Text("description", "a description", 4000, required: true);
        var eligibility = Text("eligibility", "who the service is for", 1000, required: false);
        var howToRefer = Text("howToRefer", "how to refer", 1000, required: true);
        var email = Optional(Text("email", "an email address", 254, required: false));
        var phone = Optional(Text("phone", "a phone number", 40, required: false));
        var url = Optional(Text("url", "a website address", 500, required: false));

        if (email is not null && (!MailAddress.TryCreate(email, out var address) || address.Address != email || !email.Contains('.', StringComparison.Ordinal)))
        {
            errors.Add(UserErrors.Invalid("email", "Enter an email address like name@example.test."));
        }
        if (phone is not null && phone.Any(c => !(char.IsDigit(c) || c is ' ' or '+' or '(' or ')' or '-')))
        {
            errors.Add(UserErrors.Invalid("phone", "Enter a phone number using digits and spaces only, like 01632 960 123."));
        }
        if (url is not null && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")))
        {
            errors.Add(UserErrors.Invalid("url", "Enter a website address starting with https://."));
        }
        return errors.Count > 0 ? (null, errors) : (new ListingFields(name, description, eligibility, howToRefer, email, phone, url), []);
    }
}
