namespace RightHelp.Api.Tests.Directory;

/// <summary>
/// Searches as people type them: everyday words, no jargon, misspellings, missing apostrophes.
/// Each names the one demo listing that best answers it.
/// </summary>
public static class SafeguardingLeadQueries
{
    public static readonly IReadOnlyList<SafeguardingLeadQuery> All =
    [
        new("dad anger course", "caring-dads"),
        new("kid wont go to school", "attendance-support"),
        new("drugs mum", "parents-in-recovery"),
        new("young carer support", "young-carers-club"),
        new("self harm teenager", "camhs"),
        new("domestic abuse helpline", "safe-haven-idva"),
        new("food in holidays", "haf-north"),
        new("autism parent group", "autism-parents"),
        new("refuge for mum and kids fleeing violence", "safe-haven-refuge"),
        new("teenager smoking weed", "fresh-start-young"),
        new("toddler tantrums parenting course", "triple-p"),
        new("stroppy teenager staying out late", "teen-triple-p"),
        new("county lines grooming", "safer-futures-cse"),
        new("child came back after going missing", "return-home-interviews"),
        new("16 year old kicked out homeless", "youth-homeless"),
        new("rent arrears eviction notice", "homeless-prevention"),
        new("foodbank", "foodbank"),
        new("permanently excluded pupil", "pru"),
        new("anxious child worries", "worry-busters"),
        new("mental health crisis adult evening", "crisis-cafe"),
        new("post natal depresion", "perinatal"),
        new("child bereavment", "bereavement"),
        new("universal credit help", "benefits-advice"),
        new("ehcp advice for parents", "sendiass-advice"),
        new("disabled child social worker", "cwd-team"),
        new("youth club", "youth-clubs"),
        new("knife crime", "knife-crime"),
        new("gay teenager group", "lgbt-youth"),
        new("parents arguing all the time", "reducing-conflict"),
        new("angry teenager fighting", "anger-management-teens"),
        new("camhs referal", "camhs"),
        new("online counseling for teens", "open-door-chat"),
        new("nalaxone", "naloxone"),
        new("brothers and sisters of disabled children", "sibling-group"),
        new("damp mould heating bills", "warm-homes"),
        new("health visitor", "health-visiting"),
        new("refugee teenagers club", "refugee-youth"),
        new("learn english", "esol"),
        new("care leaver job", "care-leavers-hub"),
        new("sharing nudes online parents", "online-safety"),
        new("domestik abuse drop in", "ask-for-ani"),
        new("swimming for autistic kids", "inclusive-swim"),
        new("family group conference", "fgc-service"),
        new("child hitting parents violent at home", "nvr"),
        new("dads club saturday", "dads-group"),
    ];
}
