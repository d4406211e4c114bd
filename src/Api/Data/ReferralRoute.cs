namespace RightHelp.Api.Data;

public enum ReferralRoute
{
    SelfReferral,
    ProfessionalReferral,
    SelfOrProfessional,
}
