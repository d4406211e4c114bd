using RightHelp.Portal.Api.EarlyHelp;

namespace RightHelp.Portal.Tests.EarlyHelp;

/// <summary>Fictional directory answers, shaped as the Api sends them.</summary>
public static class DirectoryData
{
    public static ServiceSummary Summary(string id, string name, bool needsChecking = false) =>
        new(id, name, "Hartwell Family Trust", $"{name} helps families.", IsFree: true, SelfReferral: true, ProfessionalReferral: false,
            NeedsChecking: needsChecking, LastVerifiedOn: new DateOnly(2026, 1, 10));

    public static ServiceSearchResult Result(int total, params ServiceSummary[] nodes) => new(
        total,
        nodes,
        new SearchPageInfo(total > nodes.Length, "b2Zmc2V0OjIw"),
        new ServiceFacets(
            [new FacetValue("parenting", "Parenting", 7), new FacetValue("send", "Special educational needs", 2)],
            [new FacetValue("TG9jYWxpdHk6bm9ydGg", "North", 5)],
            [new FacetValue("SELF_REFERRAL", "Self-referral", 6), new FacetValue("PROFESSIONAL_REFERRAL", "Professional referral", 3)],
            [new FacetValue("FREE", "Free", 8), new FacetValue("PAID", "May cost", 1)]));

    public static ServiceListing Listing(bool needsChecking = false, bool selfReferral = true) => new(
        "U2VydmljZTphYmM",
        "Calm Parents Course",
        "A six-week course for parents of children who get angry. Run in the evenings.",
        "A six-week course for parents of children who get angry.",
        "Hartwell Family Trust",
        "https://hartwell-family-trust.example.test/calm",
        "hello@hartwell-family-trust.example.test",
        IsFree: true,
        Fees: "Free",
        HowToRefer: "Phone us or ask your school to refer you.",
        SelfReferral: selfReferral,
        ProfessionalReferral: true,
        LastVerifiedOn: new DateOnly(2025, 3, 1),
        NeedsChecking: needsChecking,
        Eligibility: [new Eligibility("Parents and carers of children aged 5 to 11", 18, null)],
        Contacts: [new ServiceContact("Course team", "Helpline", "course@hartwell-family-trust.example.test", "01632 960 555")],
        Locations: [new ServiceLocation("Hartwell Family Hub", null, "1 Mill Lane, Hartwell, HW1 2AB", false, "Step-free entrance",
            [new OpeningTime("Course sessions", ["Tuesday"], "18:00", "20:00")])],
        OpeningTimes: [],
        Categories: [new NamedItem("Parenting")],
        Localities: [new NamedItem("North")]);
}
