namespace RightHelp.Api.Directory;

/// <summary>How the searcher means to reach the service: services taking both routes match either.</summary>
public enum ReferralRouteFilter
{
    SelfReferral,
    ProfessionalReferral,
}
