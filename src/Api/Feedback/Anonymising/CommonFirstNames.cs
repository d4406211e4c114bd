namespace RightHelp.Api.YouSaidWeDid.Anonymising;

/// <summary>
/// First names common among children, parents and staff in the West Midlands, for spotting a
/// name a child typed in lower case ("my worker priya"). Names that are also everyday words
/// (Will, Grace, Rose) are only treated as names when capitalised mid-sentence.
/// </summary>
public static class CommonFirstNames
{
    public static IReadOnlySet<string> Everyday { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "will", "grace", "rose", "hope", "joy", "faith", "mark", "bill", "pat", "sue", "dawn", "amber", "ruby", "holly", "ivy", "daisy", "poppy", "summer", "autumn", "sky", "river", "may", "april", "june", "sunny", "rob", "jack", "frank", "grant", "chase", "hunter", "miles", "sonny", "rich", "guy", "don", "ray", "dean", "victor", "bob", "jay", "art", "max", "harley", "mo",
    };

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "aaliyah", "aaron", "abdul", "abigail", "adam", "aisha", "alex", "alfie", "ali", "alice", "amelia", "amir", "amy", "andrew", "anna", "archie", "arthur", "ava", "ayesha", "bella", "ben", "bethany", "billy", "bradley", "brandon", "callum", "carl", "caroline", "charlie", "charlotte", "chloe", "chris", "claire", "connor", "craig", "daniel", "danny", "darren", "dave", "david", "declan", "dylan", "ella", "ellie", "emily", "emma", "ethan", "evie", "fatima", "freddie", "freya", "gary", "george", "georgia", "gemma", "hannah", "harry", "harvey", "hassan", "hayley", "imran", "isabella", "isla", "jacob", "jade", "james", "jamie", "jasmine", "jason", "jennifer", "jess", "jessica", "joe", "john", "jordan", "joseph", "josh", "joshua", "julie", "karen", "kayden", "kelly", "kerry", "kieran", "kyle", "laura", "lauren", "leah", "lee", "leo", "lewis", "liam", "lily", "lisa", "logan", "louise", "lucy", "luke", "mason", "matthew", "megan", "mia", "michelle", "mohammed", "muhammad", "nathan", "nicola", "noah", "oliver", "olivia", "oscar", "paul", "paige", "priya", "rachel", "rebecca", "reece", "riley", "ryan", "sadia", "sam", "samantha", "sarah", "scott", "sean", "shannon", "simon", "sophie", "stacey", "stephen", "steve", "tom", "tommy", "tyler", "usman", "zara", "zain", "zoe", "harpreet", "gurpreet", "jaspreet", "manpreet", "sunita", "rajesh", "anil", "deepa", "tariq", "yusuf", "bilal", "kwame", "chidi", "amara", "kofi", "tunde", "agnieszka", "piotr", "marta", "katarzyna", "tomasz",
    };
}
