namespace RightHelp.Api.YouSaidWeDid.Safeguarding;

/// <summary>The kind of risk a signal points to, so the duty team sees why an item was flagged.</summary>
public enum SafeguardingCategory
{
    SelfHarm,
    Suicide,
    PhysicalHarm,
    SexualAbuse,
    Neglect,
    Exploitation,
    DomesticAbuse,
    RunningAway,
    FearAtHome,
    Secrecy,
    Threat,
}
