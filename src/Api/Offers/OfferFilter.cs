using Microsoft.EntityFrameworkCore;
using RightHelp.Api.Data;
using RightHelp.Api.GraphQL;

namespace RightHelp.Api.Offers;

/// <summary>What a family can narrow offers by; every part is optional and they combine with "and".</summary>
public sealed record OfferFilter(Guid? Locality, OfferCategory? Category, int? Age, bool FreeOnly, DayOfWeek? Day, bool? Online, string? Text)
{
    public const int MaxTextLength = 100;

    public static OfferFilter From(IReadOnlyDictionary<string, object?>? filter)
    {
        var text = (filter?.GetValueOrDefault("text") as string)?.Trim();
        return new OfferFilter(
            GlobalId.DecodeAs(filter?.GetValueOrDefault("locality") as string, "Locality"),
            filter?.GetValueOrDefault("category") as OfferCategory?,
            filter?.GetValueOrDefault("age") as int?,
            filter?.GetValueOrDefault("freeOnly") as bool? ?? false,
            filter?.GetValueOrDefault("day") as DayOfWeek?,
            filter?.GetValueOrDefault("online") as bool?,
            string.IsNullOrEmpty(text) ? null : text[..Math.Min(text.Length, MaxTextLength)]);
    }

    /// <summary>Free offers come first: a family short of money should not have to hunt for them.</summary>
    public IQueryable<Offer> Apply(IQueryable<Offer> offers)
    {
        if (Locality is { } localityId)
        {
            offers = offers.Where(o => o.LocalityId == localityId);
        }
        if (Category is { } wanted)
        {
            offers = offers.Where(o => o.Category == wanted);
        }
        if (Age is { } years)
        {
            offers = offers.Where(o => (o.MinimumAge == null || o.MinimumAge <= years) && (o.MaximumAge == null || o.MaximumAge >= years));
        }
        if (FreeOnly)
        {
            offers = offers.Where(o => o.IsFree);
        }
        if (Day is { } day)
        {
            offers = offers.Where(o => o.Day == day);
        }
        if (Online is true)
        {
            offers = offers.Where(o => o.Attendance != Attendance.InPerson);
        }
        else if (Online is false)
        {
            offers = offers.Where(o => o.Attendance != Attendance.Online);
        }
        if (Text is { } text)
        {
            var pattern = "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            offers = offers.Where(o => EF.Functions.ILike(o.Title, pattern) || EF.Functions.ILike(o.Description, pattern) || EF.Functions.ILike(o.WhoFor, pattern));
        }
        return offers.OrderByDescending(o => o.IsFree).ThenBy(o => o.Title).ThenBy(o => o.Id);
    }
}
