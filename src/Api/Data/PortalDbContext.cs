using Microsoft.EntityFrameworkCore;

namespace RightHelp.Api.Data;

/// <summary>
/// The portal database. Its schema is created by the SQL scripts in <c>Data/Migrations</c>, which
/// a test keeps identical to what this model would create.
/// </summary>
public class PortalDbContext(DbContextOptions<PortalDbContext> options) : DbContext(options)
{
    public DbSet<Locality> Localities => Set<Locality>();

    public DbSet<PartnershipMeeting> PartnershipMeetings => Set<PartnershipMeeting>();

    public DbSet<LocalityProfileItem> LocalityProfileItems => Set<LocalityProfileItem>();

    public DbSet<Family> Families => Set<Family>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<AccountLink> AccountLinks => Set<AccountLink>();

    public DbSet<Worker> Workers => Set<Worker>();

    public DbSet<CaseloadEntry> CaseloadEntries => Set<CaseloadEntry>();

    public DbSet<WorkerLocality> WorkerLocalities => Set<WorkerLocality>();

    public DbSet<Plan> Plans => Set<Plan>();

    public DbSet<PlanVersion> PlanVersions => Set<PlanVersion>();

    public DbSet<PlanSection> PlanSections => Set<PlanSection>();

    public DbSet<PlanAction> PlanActions => Set<PlanAction>();

    public DbSet<PlanView> PlanViews => Set<PlanView>();

    public DbSet<Meeting> Meetings => Set<Meeting>();

    public DbSet<MeetingAttendee> MeetingAttendees => Set<MeetingAttendee>();

    public DbSet<MeetingView> MeetingViews => Set<MeetingView>();

    public DbSet<Question> Questions => Set<Question>();

    public DbSet<Feedback> Feedback => Set<Feedback>();

    public DbSet<FeedbackResponse> FeedbackResponses => Set<FeedbackResponse>();

    public DbSet<Offer> Offers => Set<Offer>();

    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<Service> Services => Set<Service>();

    public DbSet<Location> Locations => Set<Location>();

    public DbSet<ServiceAtLocation> ServiceAtLocations => Set<ServiceAtLocation>();

    public DbSet<Contact> Contacts => Set<Contact>();

    public DbSet<Schedule> Schedules => Set<Schedule>();

    public DbSet<Taxonomy> Taxonomies => Set<Taxonomy>();

    public DbSet<TaxonomyTerm> TaxonomyTerms => Set<TaxonomyTerm>();

    public DbSet<ServiceTaxonomyTerm> ServiceTaxonomyTerms => Set<ServiceTaxonomyTerm>();

    public DbSet<Eligibility> Eligibilities => Set<Eligibility>();

    public DbSet<CostOption> CostOptions => Set<CostOption>();

    public DbSet<ServiceArea> ServiceAreas => Set<ServiceArea>();

    public DbSet<ListingChange> ListingChanges => Set<ListingChange>();

    public DbSet<OutOfDateReport> OutOfDateReports => Set<OutOfDateReport>();

    public DbSet<Shortlist> Shortlists => Set<Shortlist>();

    public DbSet<ShortlistItem> ShortlistItems => Set<ShortlistItem>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums as text: readable in psql and in exports, and reordering members cannot corrupt rows.
        foreach (var type in typeof(PortalDbContext).Assembly.GetTypes().Where(t => t.IsEnum && t.Namespace == typeof(PortalDbContext).Namespace).Append(typeof(DayOfWeek)))
        {
            configurationBuilder.Properties(type).HaveConversion<string>();
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
        ClientGeneratedKeys.Apply(modelBuilder.Model);
        SnakeCaseNaming.Apply(modelBuilder.Model);
    }
}
