using RightHelp.Portal.Components.GovUk;

namespace RightHelp.Portal.Components.Offers;

/// <summary>The Api's names for kinds of help, days and ways to join, in the words families use.</summary>
public static class OfferWords
{
    public static readonly IReadOnlyList<ChoiceItem> Categories =
    [
        new("BABIES_AND_TODDLERS", "Babies and toddlers"),
        new("PARENTING", "Being a parent"),
        new("FEELINGS_AND_WELLBEING", "Feelings and worries"),
        new("SCHOOL_AND_LEARNING", "School"),
        new("SPECIAL_NEEDS_AND_DISABILITIES", "Children with extra needs"),
        new("ACTIVITIES_FOR_YOUNG_PEOPLE", "Things for teens to do"),
        new("HOLIDAYS_AND_FOOD", "Food and holiday clubs"),
        new("MONEY_AND_HOUSING", "Money and your home"),
        new("SAFE_RELATIONSHIPS", "Feeling safe at home"),
        new("YOUNG_CARERS", "Children who look after someone"),
        new("HEALTHY_LIVING", "Eating well and keeping fit"),
    ];

    public static readonly IReadOnlyList<ChoiceItem> Days =
    [
        new("MONDAY", "Monday"),
        new("TUESDAY", "Tuesday"),
        new("WEDNESDAY", "Wednesday"),
        new("THURSDAY", "Thursday"),
        new("FRIDAY", "Friday"),
        new("SATURDAY", "Saturday"),
        new("SUNDAY", "Sunday"),
    ];

    public static string Category(string value) => Categories.FirstOrDefault(c => c.Value == value)?.Text ?? value;

    public static string Attendance(string value) => value switch
    {
        "ONLINE" => "Online",
        "IN_PERSON_OR_ONLINE" => "In person or online",
        _ => "In person",
    };

    /// <summary>"Ages 2 to 12", "Age 18 and over", "All ages".</summary>
    public static string Ages(int? minimum, int? maximum) => (minimum, maximum) switch
    {
        (null or 0, null) => "All ages",
        (null or 0, { } top) => $"Up to age {top}",
        ({ } bottom, null) => $"Age {bottom} and over",
        ({ } bottom, { } top) => $"Ages {bottom} to {top}",
    };
}
