using static RightHelp.Api.YouSaidWeDid.Safeguarding.SafeguardingCategory;

namespace RightHelp.Api.YouSaidWeDid.Safeguarding;

/// <summary>
/// The rules, written over <see cref="SafeguardingText.Normalise"/>d text. They lean towards
/// flagging: a false alarm costs a duty worker a minute, a miss can cost a child far more.
/// Negation is deliberately not used to clear a match ("I don't want to kill myself" is still
/// flagged) because children often disclose by denying.
/// </summary>
public static class SafeguardingRules
{
    private const string Family = "(?:mum|dad|stepdad|stepmum|mother|father|brother|sister|baby|son|daughter|kids|children|child|little \\w+|nan|nanna|grandad|grandma|partner|husband|wife|auntie|aunt|uncle|cousin)";
    private const string Victim = "(?:me|us|her|him|them|the kids|the baby|the children|my " + Family + ")";
    private const string Violence = "(?:hits?|hitting|beats?|beating|beaten|punch(?:es|ed|ing)?|kick(?:s|ed|ing)?|slap(?:s|ped|ping)?|smack(?:s|ed|ing)?|chok(?:e|es|ed|ing)|strangl\\w*|batter\\w*|whack\\w*|thump\\w*|throttl\\w*|shov(?:e|es|ed|ing)|push(?:es|ed)|attack(?:s|ed|ing)?|bit(?:e|es|ing)|burn(?:s|t|ed)|pinch(?:es|ed|ing)|drag(?:s|ged|ging)|hurts?|hurting|harm(?:s|ed|ing)?)";
    private const string Afraid = "(?:scared|afraid|frightened|terrified|petrified|scarred|fear|panic\\w*)";
    private const string Someone = "(?:" + Family + "|he|she|they|him|them|someone|somebody|man|men|fella|bloke|boyfriend|girlfriend|ex|stepdad|stepmum|carer|foster carer|lads|boys|guy|guys)";

    public static IReadOnlyList<SafeguardingRule> All { get; } =
    [
        SafeguardingRule.Of(Suicide, "kill myself", @"\bkill(?:ing|ed)? (?:myself|meself|my life)\b"),
        SafeguardingRule.Of(Suicide, "suicide", @"\bsuicid\w*"),
        SafeguardingRule.Of(Suicide, "end it all", @"\bend(?:ing|ed)? (?:it all|my life|it (?:now|tonight|today)|everything|myself)\b"),
        SafeguardingRule.Of(Suicide, "want to die", @"\b(?:want|wanted|wish|wishing|going|ready|deserve) to die\b|\bwant(?:ed)? to be dead\b|\bwish i (?:was|were) dead\b"),
        SafeguardingRule.Of(Suicide, "better off dead", @"\bbetter off (?:dead|without me)\b|\bbetter off if i (?:was|were|am) (?:dead|gone|not here|not around)\b"),
        SafeguardingRule.Of(Suicide, "not want to be alive", @"\bdo not want to (?:be alive|live|exist|wake up|be here any ?more|be here no more|be around any ?more)\b"),
        SafeguardingRule.Of(Suicide, "never wake up", @"\b(?:never|not) wake up\b"),
        SafeguardingRule.Of(Suicide, "no point living", @"\b(?:no|whats the) point (?:in |of )?(?:living|being alive|going on|life|me being here|carrying on)\b"),
        SafeguardingRule.Of(Suicide, "overdose", @"\boverdos\w*|\b(?:a load of|loads of|lots of|all (?:my|the|of the|of my)|too many|a bunch of|a handful of|a (?:whole )?(?:box|packet|pack) of) (?:tablets|pills|paracetamol|painkillers)\b"),

        SafeguardingRule.Of(SelfHarm, "self harm", @"\bself ?harm\w*|\bself ?injur\w*"),
        SafeguardingRule.Of(SelfHarm, "hurting myself", @"\b(?:cut|cuts|cutting|burn|burns|burning|burnt|burned|hurt|hurts|hurting|harm|harming|scratch\w*|starv\w*|hit|hitting|punch\w*|bang\w*|stab\w*) myself\b"),
        SafeguardingRule.Of(SelfHarm, "cutting", @"\b(?:i|me) (?:keep |have been |been |started |still |am )?cutting\b|\bcutting again\b"),

        SafeguardingRule.Of(PhysicalHarm, "violence towards someone", $@"\b{Violence} {Victim}\b"),
        SafeguardingRule.Of(PhysicalHarm, "getting hurt", @"\b(?:get|gets|got|getting|been|being) (?:hit|beaten|battered|smacked|slapped|kicked|punched|hurt|thrown|strangled|choked)\b"),
        SafeguardingRule.Of(PhysicalHarm, "marks and bruises", @"\bbruis\w*|\bblack eye\b|\bmarks on (?:my|his|her|their|our) \w+\b|\bleaves? marks\b"),
        SafeguardingRule.Of(PhysicalHarm, "hit with an object", @"\b(?:takes?|took|gets?|got|uses?|used|with) (?:off )?(?:his|her|the|a|their) (?:belt|slipper|stick|wooden spoon|cable|shoe|lead)\b"),
        SafeguardingRule.Of(PhysicalHarm, "violent", @"\b(?:gets?|got|getting|goes|went|is|was) (?:violent|physical|rough)\b"),
        SafeguardingRule.Of(PhysicalHarm, "locked in", @"\block(?:s|ed|ing)? (?:me|us|him|her) (?:in|out)\b"),
        SafeguardingRule.Of(PhysicalHarm, "things thrown", $@"\b(?:throw|throws|threw|throwing) (?:things|stuff|plates|cups|\w+) at {Victim}\b"),

        SafeguardingRule.Of(SexualAbuse, "touching", @"\b(?:touch(?:es|ed|ing)?|feel(?:s|ing)? (?:me )?up|grop\w*|fondl\w*|kiss(?:es|ed|ing)) (?:me|us|her|him|my (?:private|body|bum|boobs|chest|daughter|son|sister|brother|little))\b"),
        SafeguardingRule.Of(SexualAbuse, "sexual words", @"\b(?:rape[ds]?|raping|molest\w*|nudes?|naked|sexually|sexual (?:things|stuff)|porn\w*|sex(?! education| ed\b))\b|\bprivate (?:parts|bits|area|areas|places)\b"),
        SafeguardingRule.Of(SexualAbuse, "asked for pictures", @"\bask(?:s|ed|ing)? (?:me )?(?:to )?send\b.{0,30}\b(?:pictures|photos|videos|snaps|selfies)\b|\b(?:pictures|photos|videos|snaps) of (?:me|myself|my body)\b"),
        SafeguardingRule.Of(SexualAbuse, "made to do things", @"\b(?:make|makes|made|making|forced?|forces|forcing) (?:me|us|her|him) (?:to )?do (?:things|stuff|something|sexual)\b"),
        SafeguardingRule.Of(SexualAbuse, "comes into my room", @"\b(?:comes?|came|coming|gets?|got|climbs?) (?:in|into) (?:my|our|her|his) (?:room|bed)\b"),
        SafeguardingRule.Of(SexualAbuse, "abuse", @"\babus(?:e|es|ed|ing|ive|er)\b(?<!substance abuse)"),

        SafeguardingRule.Of(Neglect, "not fed", @"\b(?:has not|have not|did not|does not|do not|never|not|wont|will not|can not) (?:been |get |got |gets |getting )?(?:fed|feed|feeds)\b"),
        SafeguardingRule.Of(Neglect, "no food", @"\b(?:no|never any|not any|never enough|not enough|nothing for|is not any) (?:food|tea|dinner|breakfast|lunch|meals?)\b|\bnothing to eat\b|\b(?:go|goes|went|going) to bed hungry\b|\b(?:always|really|so|constantly) (?:hungry|starving)\b|\bhungry all the time\b"),
        SafeguardingRule.Of(Neglect, "left alone", @"\bleft (?:on (?:my|our|their|his|her) own|alone|home alone|by (?:myself|ourselves|themselves))\b|\bon (?:my|our) own for (?:days|hours|the night|the weekend|ages)\b"),
        SafeguardingRule.Of(Neglect, "no heating", @"\b(?:no|without|cut off|not got any) (?:heating|heat|electric|electricity|gas|hot water|water|beds?)\b"),
        SafeguardingRule.Of(Neglect, "drinking or drugs at home", @"\b(?:is|are|gets?|got|was|were|always|every night|comes home) (?:drunk|high|wasted|stoned|off (?:her|his|their) face)\b|\bdrunk (?:every|all|most|again)\b|\bdrugs? (?:in|at|around) (?:the|our|my) (?:house|home|flat)\b"),
        SafeguardingRule.Of(Neglect, "no one looks after", @"\b(?:nobody|no one|noone) (?:looks after|cares for|feeds|picks (?:me|us) up|takes care|is looking after|washes)\b|\bsleeps all day\b|\bdoes not wake up\b"),

        SafeguardingRule.Of(Exploitation, "made to carry or sell", @"\b(?:make|makes|made|making|force\w*|tell|tells|told|want|wants|wanted|get|gets|got) (?:me|us|him|her) (?:to )?(?:sell|carry|deliver|hold|drop|move|run|stash|keep) (?:stuff|things|drugs|weed|packages|parcels|bags|food|it|them)\b|\b(?:sell|selling|carry|carrying|deliver|delivering) (?:the )?(?:stuff|drugs|weed|packages|parcels) for (?:them|him|her|some)\b"),
        SafeguardingRule.Of(Exploitation, "county lines", @"\bcounty lines?\b|\btrap ?house\b|\bgrooming\b|\bgroomed\b"),
        SafeguardingRule.Of(Exploitation, "debt to people", @"\bowe (?:some |these |them |the |a )?(?:lads|boys|men|guys|people|someone|them|him)\b"),
        SafeguardingRule.Of(Exploitation, "older people giving things", @"\bolder (?:guy|guys|man|men|lad|lads|boy|boys|boyfriend|friends?|girl|girls)\b.{0,60}\b(?:gives?|gave|buys?|bought|picks? (?:me )?up|money|weed|drugs|alcohol|vapes?|gifts?|presents|phone|lifts?)\b|\b(?:gives?|gave|giving|buys?|bought) (?:me|us) (?:money|weed|drugs|alcohol|vapes?|fags|cigarettes|a phone)\b"),
        SafeguardingRule.Of(Exploitation, "adult boyfriend", @"\b(?:boyfriend|girlfriend) is (?:1[89]|[2-9]\d)\b"),

        SafeguardingRule.Of(DomesticAbuse, "fighting at home", @"\bfighting at home\b|\bpolice (?:came|come|were called|was called|had to come|keep coming)\b|\b(?:shouting|screaming) and (?:throwing|hitting|fighting|smashing)\b|\bsmash\w* (?:things|stuff|the house|plates|the door|doors)\b"),
        SafeguardingRule.Of(DomesticAbuse, "afraid of someone", $@"\b{Afraid} of (?:my |our |her |his )?(?:partner|husband|ex|boyfriend|girlfriend|dad|stepdad|mum|stepmum|father|mother|him|her|them|uncle|brother|carer|carers|foster carer)\b"),
        SafeguardingRule.Of(DomesticAbuse, "controlling", @"\bcontrol(?:s|ling)? (?:me|my money|everything|where i go|who i see)\b"),

        SafeguardingRule.Of(RunningAway, "running away", @"\b(?:run|ran|running|runs) away\b|\brunaway\b|\b(?:go|went|going|gone) missing\b|\b(?:slept|sleep|sleeping|stayed) (?:at|in|on) (?:the |a )?(?:park|street|streets|bus station|bench|outside|car)\b|\bkick(?:ed|s)? (?:me|us) out\b|\bthr(?:own|ew) (?:me|us) out\b|\bsofa surfing\b|\bhomeless\b"),

        SafeguardingRule.Of(FearAtHome, "scared to go home", $@"\b(?:{Afraid}|do not want|not want|hate having) to go (?:back )?(?:home|back there)\b"),
        SafeguardingRule.Of(FearAtHome, "not safe", @"\b(?:do not|never|not|can not|does not) (?:feel |felt |feels )?safe\b|\bunsafe\b|\bnot safe\b"),
        SafeguardingRule.Of(FearAtHome, "scared at home", $@"\b{Afraid}\b.{{0,30}}\b(?:at home|when (?:he|she|they|dad|mum|stepdad) (?:is|has|gets|comes|drinks)|in my house|of what (?:he|she|they) (?:will|might))\b"),

        SafeguardingRule.Of(Suicide, "want to disappear", @"\b(?:nobody|no one|no1) (?:would|will|would even) (?:care|notice|miss me)\b|\bwant (?:to|it all to|it to|everything to) (?:disappear|stop|end|go away)\b|\b(?:done with|sick of|tired of) (?:everything|life|living|it all|being alive)\b|\bcan not (?:go on|keep going|cope|carry on|do this) (?:any ?more|like this|no more)\b|\b(?:can not|do not think i can) (?:go on|keep going|cope|carry on)\b|\bhate myself\b|\bworthless\b|\bno reason to (?:live|be here|carry on)\b|\bnot worth (?:living|it any ?more)\b"),
        SafeguardingRule.Of(SelfHarm, "stopped eating", @"\b(?:stopped|stop|not|have not|has not|never) eat(?:ing|en)?\b|\bmake myself sick\b|\bthin enough\b"),
        SafeguardingRule.Of(PhysicalHarm, "neck and breath", @"\bby (?:the|my|her|his) (?:neck|throat|hair|arm|wrist)\b|\bcan not breathe\b|\bpull(?:s|ed|ing)? (?:my|her|his|our) hair\b|\bpinned (?:me|her|him|us) down\b|\bstabbed\b|\bknife\b(?! crime)|\bblades?\b|\bgun\b|\bweapons?\b"),
        SafeguardingRule.Of(PhysicalHarm, "shouting and name calling", @"\b(?:screams?|screamed|screaming|shouts?|shouted|shouting|swears?|swore|yells?|yelled) at (?:me|us|her|him|my (?:mum|dad|brother|sister|kids|children))\b(?!.{0,20}\bmeeting)|\bcalls? (?:me|us|her) (?:worthless|stupid|useless|names|fat|ugly|a \w+)\b|\b(?:shouting|screaming|banging|smashing|arguing|fighting) (?:and \w+ )?(?:downstairs|every night|all night|all the time|at home|in the house)\b"),
        SafeguardingRule.Of(SexualAbuse, "shown or watched", @"\bshows? (?:me|us|her|him) (?:videos|pictures|films|stuff|things|porn\w*)\b|\b(?:walks?|walked|comes?|came|barges?) in on (?:me|us|her|him)\b|\bwatch(?:es|ed|ing)? (?:me|us|her|him) (?:in the (?:bath|shower)|get changed|getting changed|change|undress)\b|\b(?:in|into) the (?:bath|shower) with (?:me|us|her|him)\b|\bdoes (?:things|stuff) to (?:me|us|her|him)\b"),
        SafeguardingRule.Of(Exploitation, "strangers online", @"\b(?:man|men|guy|stranger|someone|somebody|older \w+|he|she)\b.{0,40}\b(?:messag\w*|snap\w*|dms?|texts?|chats?|online)\b.{0,40}\b(?:meet up|meet me|to meet|keep (?:it|them|our \w+) (?:private|secret)|love me|send)\b|\bwants? to meet (?:up|me)\b|\bkeep (?:our|the|it|these|my) (?:chats?|messages|texts)? ?(?:private|secret)\b"),
        SafeguardingRule.Of(Exploitation, "alcohol and older people", @"\b(?:gives?|gave|giving|buys?|bought) (?:me|us) (?:vodka|drink|booze|alcohol|beer|cider|pills|tablets|medicine|her medicine|his medicine|\w+ medicine)\b|\bparties with older\b|\bwith older (?:men|guys|lads|boys)\b|\b(?:go|going|went) (?:back )?out for them\b"),
        SafeguardingRule.Of(Neglect, "not eaten", @"\b(?:have not|has not|not|did not) (?:eaten|had (?:any )?(?:food|tea|dinner|breakfast))\b|\bsince yesterday\b.{0,20}\b(?:eat|food)\b"),
        SafeguardingRule.Of(Neglect, "caring all night", @"\b(?:look after|looking after|mind|minding) (?:the baby|my (?:little )?(?:brother|sister|brothers|sisters)|the kids)\b.{0,40}\b(?:all night|every night|on (?:my|our) own|because mum|while mum|when mum|goes out)\b|\b(?:mum|dad) (?:goes|went|is) out (?:all night|every night|and leaves)\b"),
        SafeguardingRule.Of(Neglect, "drinking", @"\bdrunk\b|\boff (?:his|her|their) (?:face|head)\b|\bwhen (?:he|she|dad|mum|they) (?:drinks|has been drinking|is drinking|gets drunk)\b"),
        SafeguardingRule.Of(DomesticAbuse, "children afraid", $@"\b{Afraid}\b.{{0,40}}\b{Someone}\b.{{0,30}}\b(?:comes?|came|gets?|is|drinks|drunk|angry|home|round|around)\b|\b{Someone}\b.{{0,30}}\b(?:makes?|made) (?:me|us|them|the kids) {Afraid}\b"),
        SafeguardingRule.Of(FearAtHome, "hiding", @"\bhide (?:in|under|from)\b|\bhiding (?:in|under|from)\b|\bchair (?:against|under|behind) (?:my|the) door\b|\block(?:ed)? (?:myself|ourselves) in\b|\bno lock on\b"),
        SafeguardingRule.Of(Exploitation, "sextortion", @"\b(?:post|share|send|put) (?:my|your|the|her|his) (?:pictures|photos|videos|nudes)\b|\bunless (?:i|you|we) (?:pay|send|do)\b"),
        SafeguardingRule.Of(Exploitation, "forced marriage", @"\b(?:marry|married|marriage|wedding|engaged)\b.{0,40}\b(?:do not want|make me|making me|force\w*|abroad|cousin|have to)\b|\b(?:abroad|back home|to (?:pakistan|india|bangladesh|somalia|nigeria))\b.{0,40}\b(?:marry|married|wedding|cut)\b"),
        SafeguardingRule.Of(SexualAbuse, "young pregnancy", @"\b(?:i am|she is|i was|aged?) 1[0-5]\b.{0,60}\bpregnant\b|\bpregnant\b.{0,60}\b(?:i am|she is|aged?) 1[0-5]\b|\bi (?:think|might|could) (?:i am|be) pregnant\b"),
        SafeguardingRule.Of(DomesticAbuse, "cruelty and control", @"\b(?:hurts?|hurting|hurt|kicks?|kicked|hits?|beats?) (?:the|our|my) (?:dog|cat|pet|puppy|animals?)\b|\b(?:checks?|checking|takes?|took) (?:my|her) (?:phone|money|bank card)\b|\b(?:will not|does not|wont) let (?:me|us|her|him) (?:see|go|leave|have|talk|out)\b|\bthe kids (?:see|saw|hear|heard) (?:everything|it all)\b"),
        SafeguardingRule.Of(PhysicalHarm, "locked outside", @"\block(?:s|ed)? (?:me |us )?(?:outside|out of the house|in the garden|in the shed)\b|\bget (?:locked|shut|put) (?:outside|out|in (?:my|the) (?:room|cupboard|shed))\b"),
        SafeguardingRule.Of(SexualAbuse, "changes in a child", @"\b(?:wetting|wets) the bed\b.{0,60}\b(?:since|after|when)\b|\bsince (?:her|his|my) (?:uncle|stepdad|cousin|mums boyfriend|\w+) started\b"),
        SafeguardingRule.Of(Exploitation, "cannot say no", @"\bcan not say no\b|\b(?:make|makes|made|making) (?:me|us|him|her) (?:hold|carry|hide|keep|stash|deliver|sell|take) (?:their|his|her|the|some|a|these|those) \w+"),
        SafeguardingRule.Of(Secrecy, "told to keep secrets", @"\b(?:our|a|the) (?:little )?secret\b|\bkeep it (?:a )?secret\b|\bnot allowed to tell\b|\bif i tell\b|\b(?:can not|do not|must not|mustnt) tell anyone\b|\bsays? i can not tell\b|\bget it worse\b"),

        SafeguardingRule.Of(Threat, "threats", @"\bthreat\w*|\b(?:will|would|going to|said he would|says he will|said they would|say they will) (?:kill|hurt|stab|batter|beat|hit|shoot) (?:me|us|my|her|him|you)\b|\bknow where (?:i|we) live\b"),
    ];
}
