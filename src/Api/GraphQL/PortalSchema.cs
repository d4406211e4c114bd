using RightHelp.Api.Authorization;
using RightHelp.Api.CaseSystem;
using RightHelp.Api.Data;
using RightHelp.Api.Directory.GraphQL;
using RightHelp.Api.Families;
using RightHelp.Api.Glossary;
using RightHelp.Api.Listings;
using RightHelp.Api.Localities;
using RightHelp.Api.Meetings;
using RightHelp.Api.Offers;
using RightHelp.Api.PlainLanguage;
using RightHelp.Api.Plans;
using RightHelp.Api.RateLimiting;
using RightHelp.Api.YouSaidWeDid;
using RightHelp.Api.YouSaidWeDid.GraphQL;
using RightHelp.GraphQL.Execution;
using RightHelp.GraphQL.Types;

namespace RightHelp.Api.GraphQL;

/// <summary>
/// The one place the schema is built, from <c>schema.graphql</c> and the feature folders'
/// resolvers, each behind its field rule. The app and the tests both call <see cref="Build"/>.
/// </summary>
public static class PortalSchema
{
    public static string Sdl { get; } = ReadSdl();

    public static Schema Build() => Build(AuthorizationRules.Portal);

    public static Schema Build(AuthorizationRules rules)
    {
        var resolvers = new ResolverMap();
        NodeResolvers.Register(resolvers);
        LocalityResolvers.Register(resolvers);
        OfferResolvers.Register(resolvers);
        ServiceResolvers.Register(resolvers);
        OutOfDateReportResolvers.Register(resolvers);
        ShortlistResolvers.Register(resolvers);
        YouSaidWeDidResolvers.Register(resolvers);
        GlossaryResolvers.Register(resolvers);
        FamilyResolvers.Register(resolvers);
        TeamMemberResolvers.Register(resolvers);
        QuestionResolvers.Register(resolvers);
        QuestionMutations.Register(resolvers);
        PlanResolvers.Register(resolvers);
        PlanMutations.Register(resolvers);
        MeetingResolvers.Register(resolvers);
        MeetingMutations.Register(resolvers);
        PlainLanguageResolvers.Register(resolvers);
        FeedbackResolvers.Register(resolvers);
        FeedbackMutations.Register(resolvers);
        ListingResolvers.Register(resolvers);
        ListingMutations.Register(resolvers);
        CaseSystemMutations.Register(resolvers);

        var builder = SchemaBuilder.FromSdl(Sdl)
            .Scalar(new DateTimeScalar())
            .Scalar(new DateScalar())
            .DefaultResolver(FieldGuard.Wrap(rules, PropertyReader.Resolve));
        foreach (var (type, field, resolver, sync) in resolvers.All)
        {
            // Root fields run before the viewer is known, so their rule may have to wait for it: they stay asynchronous.
            if (sync is not null && !IsRoot(type))
            {
                builder.Bind(type, field, FieldGuard.WrapSync(rules, type, field, sync));
            }
            else
            {
                builder.Bind(type, field, FieldGuard.Wrap(rules, type, field, PublicMutationLimiter.Wrap(type, field, resolver)));
            }
        }
        // Fields read straight from their parent object (no resolver of their own) that have a rule: bound one by
        // one, synchronously, with the rule found once. A field without a rule keeps the default, which refuses it.
        foreach (var (type, field) in FieldsWithoutResolvers(resolvers))
        {
            if (rules.Find(type, field) is not null)
            {
                builder.Bind(type, field, FieldGuard.WrapSync(rules, type, field, ReadProperty));
            }
        }

        BindEnum<PlanKind>(builder, "PlanKind");
        BindEnum<PlanStatus>(builder, "PlanStatus");
        BindEnum<Audience>(builder, "Audience");
        BindEnum<SectionHeading>(builder, "SectionHeading");
        BindEnum<ActionStatus>(builder, "ActionStatus");
        BindEnum<MeetingKind>(builder, "MeetingKind");
        BindEnum<OfferCategory>(builder, "OfferCategory");
        BindEnum<FeedbackTheme>(builder, "FeedbackTheme");
        BindEnum<FeedbackStatus>(builder, "FeedbackStatus");
        BindEnum<ReferralRoute>(builder, "ReferralRoute");
        BindEnum<Directory.ReferralRouteFilter>(builder, "ReferralRouteFilter");
        BindEnum<DayOfWeek>(builder, "Weekday");
        BindEnum<Attendance>(builder, "OfferAttendance");
        BindEnum<ModerationStatus>(builder, "ModerationStatus");
        foreach (var role in Enum.GetValues<ViewerRole>().Where(r => r != ViewerRole.Anonymous))
        {
            builder.BindEnumValue("Role", EnumName(role.ToString()), role);
        }

        return builder
            .BindType<Family>("Family")
            .BindType<Plan>("Plan")
            .BindType<Meeting>("Meeting")
            .BindType<Question>("Question")
            .BindType<Locality>("Locality")
            .BindType<Service>("Service")
            .BindType<Offer>("Offer")
            .BindType<StaffFeedbackView>("FeedbackItem")
            .BindType<PersonFeedbackView>("MyFeedback")
            .BindType<FeedbackResponseView>("StaffFeedbackResponse")
            .BindType<NotFoundError>("NotFound")
            .BindType<NotYourFamilyError>("NotYourFamily")
            .BindType<NotAllowedError>("NotAllowed")
            .BindType<InputError>("ValidationError")
            .Build();
    }

    private static bool IsRoot(string type) => type is "Query" or "Mutation" or "Subscription";

    private static object? ReadProperty(ResolveContext context) => PropertyReader.Read(context.Source, context.Field.Name);

    /// <summary>The object types' fields (not the roots', not introspection's) that no feature folder resolves.</summary>
    private static IEnumerable<(string Type, string Field)> FieldsWithoutResolvers(ResolverMap resolvers)
    {
        var bare = SchemaBuilder.FromSdl(Sdl).Scalar(new DateTimeScalar()).Scalar(new DateScalar()).BuildUnvalidated();
        return bare.Types.OfType<ObjectType>()
            .Where(type => !IsRoot(type.Name) && !type.Name.StartsWith("__", StringComparison.Ordinal))
            .SelectMany(type => type.Fields.Select(field => (type.Name, field.Name)))
            .Where(f => !resolvers.Contains(f.Item1, f.Item2))
            .ToList();
    }

    /// <summary>PascalCase C# names to the schema's SCREAMING_CASE: <c>ChildInNeed</c> is <c>CHILD_IN_NEED</c>.</summary>
    public static string EnumName(string name)
        => string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));

    private static void BindEnum<T>(SchemaBuilder builder, string enumName)
        where T : struct, Enum
    {
        foreach (var value in Enum.GetValues<T>())
        {
            builder.BindEnumValue(enumName, EnumName(value.ToString()), value);
        }
    }

    private static string ReadSdl()
    {
        using var stream = typeof(PortalSchema).Assembly.GetManifestResourceStream("RightHelp.Api.schema.graphql")
            ?? throw new InvalidOperationException("schema.graphql is not embedded in the Api assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
