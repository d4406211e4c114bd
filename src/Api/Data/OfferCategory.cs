namespace RightHelp.Api.Data;

/// <summary>What a family wants help with, in everyday words rather than service names.</summary>
public enum OfferCategory
{
    BabiesAndToddlers,
    Parenting,
    FeelingsAndWellbeing,
    SchoolAndLearning,
    SpecialNeedsAndDisabilities,
    ActivitiesForYoungPeople,
    HolidaysAndFood,
    MoneyAndHousing,
    SafeRelationships,
    YoungCarers,
    HealthyLiving,
}
