using Microsoft.EntityFrameworkCore;
using Npgsql;
using RightHelp.Api.Data;
using RightHelp.Api.YouSaidWeDid.Anonymising;
using RightHelp.Api.YouSaidWeDid.Errors;
using RightHelp.Api.YouSaidWeDid.Safeguarding;
using RightHelp.Api.YouSaidWeDid.Themes;

namespace RightHelp.Api.YouSaidWeDid;

/// <summary>
/// "You said": taking feedback in, and staff reading and answering it. Authorization by role is the
/// caller's job; locality is checked here too, because it needs the data. Every read or write of
/// named feedback is audited in the same transaction as the work.
/// </summary>
public sealed class FeedbackService(
    PortalDbContext db,
    SafeguardingScreen screen,
    ThemeSuggester themes,
    QuoteAnonymiser anonymiser,
    FeedbackAudit audit,
    DutyTeamAlerts alerts,
    TimeProvider time,
    ILogger<FeedbackService> logger)
{
    private const string IdempotencyIndex = "ix_feedback_idempotency_key";

    /// <summary>
    /// Stores the feedback, then answers: the returned id means the row is committed. A retry with
    /// the same idempotency key returns the first submission and stores nothing new.
    /// </summary>
    public async Task<SubmitFeedbackPayload> SubmitAsync(SubmitFeedbackInput input, FeedbackSubmitter submitter, CancellationToken cancellationToken = default)
    {
        var errors = FeedbackValidator.Validate(input, submitter);
        Person? author = null;
        if (!input.Anonymous && submitter.PersonId is { } personId)
        {
            author = await db.People.AsNoTracking().Include(p => p.Family).SingleOrDefaultAsync(p => p.Id == personId, cancellationToken);
            if (author is null)
            {
                errors.Add(new PersonNotFound());
            }
        }
        Guid? localityId = author?.Family?.LocalityId;
        if (localityId is null && input.LocalityId is { } chosen)
        {
            localityId = await db.Localities.Where(l => l.Id == chosen).Select(l => (Guid?)l.Id).SingleOrDefaultAsync(cancellationToken);
            if (localityId is null)
            {
                errors.Add(new UnknownLocality(chosen.ToString("N")));
            }
        }
        else if (localityId is null && !string.IsNullOrWhiteSpace(input.Locality))
        {
            localityId = await db.Localities.Where(l => l.Slug == input.Locality).Select(l => (Guid?)l.Id).SingleOrDefaultAsync(cancellationToken);
            if (localityId is null)
            {
                errors.Add(new UnknownLocality(input.Locality));
            }
        }
        if (errors.Count > 0)
        {
            return SubmitFeedbackPayload.Failed(errors);
        }

        var text = input.Text!.Trim();
        if (input.IdempotencyKey is { } key && await ReplayAsync(key, text, author, submitter, cancellationToken) is { } replayed)
        {
            return replayed;
        }

        var safeguarding = screen.Screen(text);
        var suggestion = input.Theme is null ? themes.Suggest(text) : ThemeSuggestion.None;
        var now = time.GetUtcNow();
        var feedback = new Data.Feedback
        {
            // Anonymous rows get a random (v4) id and an hour-rounded time: a v7 id or an exact
            // time could be matched against web server logs to find the device.
            Id = author is null ? Guid.NewGuid() : Guid.CreateVersion7(now),
            CreatedAt = author is null ? new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero) : now,
            ExplainedClearly = input.ExplainedClearly,
            InvolvedInPlanning = input.InvolvedInPlanning,
            ListenedTo = input.ListenedTo,
            HappyWithHelp = input.HappyWithHelp,
            Text = text,
            Theme = input.Theme ?? suggestion.Theme,
            Anonymous = author is null,
            AuthorPersonId = author?.Id,
            LocalityId = localityId,
            Status = FeedbackStatus.Received,
            SafeguardingFlag = safeguarding.Flagged,
            IdempotencyKey = input.IdempotencyKey,
        };
        db.Feedback.Add(feedback);
        if (author is not null)
        {
            audit.Record(submitter.Actor!, FeedbackAuditActions.Submit, FeedbackAuditActions.FeedbackEntity, feedback.Id, author.FamilyId);
        }
        if (safeguarding.Flagged)
        {
            alerts.Raise(feedback, safeguarding);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: IdempotencyIndex })
        {
            // Another request with the same key committed first: answer with its row.
            db.ChangeTracker.Clear();
            return await ReplayAsync(input.IdempotencyKey!, text, author, submitter, cancellationToken)
                ?? throw new InvalidOperationException("An idempotency key conflicted but its row cannot be read.", e);
        }
        if (safeguarding.Flagged)
        {
            alerts.Announce(feedback, safeguarding);
        }
        if (author is null)
        {
            logger.LogInformation("Anonymous feedback stored.");
        }
        else
        {
            logger.LogInformation("Named feedback {FeedbackId} stored.", feedback.Id);
        }
        return new SubmitFeedbackPayload(new SubmittedFeedback(feedback.Id, feedback.Status, feedback.Theme, input.Theme is null && suggestion.Theme is not null), [], safeguarding.Flagged);
    }

    /// <summary>
    /// The feedback this person gave with their name, newest first, with its status and answer;
    /// only the one item <paramref name="onlyId"/> when given.
    /// </summary>
    public async Task<FeedbackResult<IReadOnlyList<PersonFeedbackView>>> GetStatusForPersonAsync(Guid personId, FeedbackActor actor, Guid? onlyId = null, CancellationToken cancellationToken = default)
    {
        var person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == personId, cancellationToken);
        if (person is null)
        {
            return FeedbackResult<IReadOnlyList<PersonFeedbackView>>.Fail(new PersonNotFound());
        }
        var items = await db.Feedback.AsNoTracking()
            .Where(f => f.AuthorPersonId == personId && !f.Anonymous && (onlyId == null || f.Id == onlyId))
            .OrderByDescending(f => f.CreatedAt).ThenByDescending(f => f.Id)
            .Select(f => new
            {
                f.Id,
                f.AuthorPersonId,
                f.Text,
                f.Status,
                f.Theme,
                f.CreatedAt,
                Response = f.Responses.OrderByDescending(r => r.CreatedAt).Select(r => new PersonFeedbackResponse(r.Id, r.WeDid, r.CreatedAt)).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        foreach (var item in items)
        {
            audit.Record(actor, FeedbackAuditActions.Read, FeedbackAuditActions.FeedbackEntity, item.Id, person.FamilyId, "own feedback");
        }
        await db.SaveChangesAsync(cancellationToken);
        return FeedbackResult<IReadOnlyList<PersonFeedbackView>>.Ok(items.Select(i => new PersonFeedbackView(i.Id, i.Text, i.Status, i.Theme, i.CreatedAt, i.Response, i.AuthorPersonId!.Value)).ToList());
    }

    /// <summary>Feedback from the staff member's localities, newest first, filtered and paged.</summary>
    public async Task<FeedbackResult<Connection<StaffFeedbackView>>> ListForStaffAsync(StaffMember staff, FeedbackFilter filter, int? first, string? after, CancellationToken cancellationToken = default)
    {
        var scope = await StaffScope.LoadAsync(db, staff.WorkerId, cancellationToken);
        if (scope is null)
        {
            return FeedbackResult<Connection<StaffFeedbackView>>.Fail(new StaffNotFound());
        }
        var localities = scope.Localities.ToList();
        var query = db.Feedback.AsNoTracking().Where(f => f.LocalityId == null || localities.Contains(f.LocalityId.Value));
        query = Filter(query, filter);
        var total = await query.CountAsync(cancellationToken);
        if (PageCursor.Decode(after) is var (at, id))
        {
            query = query.Where(f => f.CreatedAt < at || (f.CreatedAt == at && f.Id.CompareTo(id) < 0));
        }
        var size = PageCursor.PageSize(first);
        var rows = await WithDetails(query.OrderByDescending(f => f.CreatedAt).ThenByDescending(f => f.Id).Take(size + 1))
            .ToListAsync(cancellationToken);
        var page = rows.Take(size).ToList();
        foreach (var row in page)
        {
            audit.Record(staff.Actor, FeedbackAuditActions.Read, FeedbackAuditActions.FeedbackEntity, row.Id, row.AuthorPerson?.FamilyId, "feedback list");
        }
        await db.SaveChangesAsync(cancellationToken);
        var nodes = page.Select(ToStaffView).ToList();
        var end = page.LastOrDefault();
        return FeedbackResult<Connection<StaffFeedbackView>>.Ok(new Connection<StaffFeedbackView>(nodes, end is null ? null : PageCursor.Encode(end.CreatedAt, end.Id), rows.Count > size, total));
    }

    /// <summary>One piece of feedback, for staff covering its locality; audited like the list.</summary>
    public async Task<FeedbackResult<StaffFeedbackView>> GetForStaffAsync(Guid feedbackId, StaffMember staff, CancellationToken cancellationToken = default)
    {
        var scope = await StaffScope.LoadAsync(db, staff.WorkerId, cancellationToken);
        if (scope is null)
        {
            return FeedbackResult<StaffFeedbackView>.Fail(new StaffNotFound());
        }
        var feedback = await WithDetails(db.Feedback.AsNoTracking()).SingleOrDefaultAsync(f => f.Id == feedbackId, cancellationToken);
        if (feedback is null)
        {
            return FeedbackResult<StaffFeedbackView>.Fail(new FeedbackNotFound(feedbackId));
        }
        if (!scope.Covers(feedback.LocalityId))
        {
            return FeedbackResult<StaffFeedbackView>.Fail(new NotInYourLocality(feedbackId));
        }
        audit.Record(staff.Actor, FeedbackAuditActions.Read, FeedbackAuditActions.FeedbackEntity, feedback.Id, feedback.AuthorPerson?.FamilyId, "feedback by id");
        await db.SaveChangesAsync(cancellationToken);
        return FeedbackResult<StaffFeedbackView>.Ok(ToStaffView(feedback));
    }

    /// <summary>One response, published or not, for staff covering its locality and all of its feedback.</summary>
    public async Task<FeedbackResult<FeedbackResponseView>> GetResponseForStaffAsync(Guid responseId, StaffMember staff, CancellationToken cancellationToken = default)
    {
        var scope = await StaffScope.LoadAsync(db, staff.WorkerId, cancellationToken);
        if (scope is null)
        {
            return FeedbackResult<FeedbackResponseView>.Fail(new StaffNotFound());
        }
        var response = await db.FeedbackResponses.AsNoTracking().Include(r => r.Feedback).SingleOrDefaultAsync(r => r.Id == responseId, cancellationToken);
        if (response is null)
        {
            return FeedbackResult<FeedbackResponseView>.Fail(new ResponseNotFound(responseId));
        }
        if (!scope.Covers(response.LocalityId) || response.Feedback.Any(f => !scope.Covers(f.LocalityId)))
        {
            return FeedbackResult<FeedbackResponseView>.Fail(new NotInYourLocality(responseId));
        }
        return FeedbackResult<FeedbackResponseView>.Ok(FeedbackResponseView.From(response));
    }

    public async Task<FeedbackResult<StaffFeedbackView>> MarkReadAsync(Guid feedbackId, StaffMember staff, CancellationToken cancellationToken = default)
    {
        var scope = await StaffScope.LoadAsync(db, staff.WorkerId, cancellationToken);
        if (scope is null)
        {
            return FeedbackResult<StaffFeedbackView>.Fail(new StaffNotFound());
        }
        var feedback = await WithDetails(db.Feedback).SingleOrDefaultAsync(f => f.Id == feedbackId, cancellationToken);
        if (feedback is null)
        {
            return FeedbackResult<StaffFeedbackView>.Fail(new FeedbackNotFound(feedbackId));
        }
        if (!scope.Covers(feedback.LocalityId))
        {
            return FeedbackResult<StaffFeedbackView>.Fail(new NotInYourLocality(feedbackId));
        }
        if (feedback.Status == FeedbackStatus.Received)
        {
            feedback.Status = FeedbackStatus.Read;
            feedback.ReadAt = time.GetUtcNow();
        }
        audit.Record(staff.Actor, FeedbackAuditActions.MarkRead, FeedbackAuditActions.FeedbackEntity, feedback.Id, feedback.AuthorPerson?.FamilyId);
        await db.SaveChangesAsync(cancellationToken);
        return FeedbackResult<StaffFeedbackView>.Ok(ToStaffView(feedback));
    }

    /// <summary>
    /// Writes a "we did" answer to one or more pieces of feedback (or to a theme) and marks them
    /// responded. The public quote is made anonymous now; flagged feedback is never quoted.
    /// </summary>
    public async Task<FeedbackResult<FeedbackResponseView>> RespondAsync(IReadOnlyList<Guid> feedbackIds, string? text, StaffMember responder, FeedbackTheme? theme = null, string? youSaid = null, CancellationToken cancellationToken = default)
    {
        var weDid = text?.Trim() ?? "";
        if (weDid.Length == 0)
        {
            return FeedbackResult<FeedbackResponseView>.Fail(new ResponseTextRequired());
        }
        if (weDid.Length > FeedbackLimits.MaxTextLength)
        {
            return FeedbackResult<FeedbackResponseView>.Fail(new ResponseTooLong(weDid.Length));
        }
        if (feedbackIds.Count == 0 && theme is null)
        {
            return FeedbackResult<FeedbackResponseView>.Fail(new NothingToRespondTo());
        }
        var scope = await StaffScope.LoadAsync(db, responder.WorkerId, cancellationToken);
        if (scope is null)
        {
            return FeedbackResult<FeedbackResponseView>.Fail(new StaffNotFound());
        }
        var ids = feedbackIds.Distinct().ToList();
        var items = await db.Feedback.Include(f => f.AuthorPerson).Where(f => ids.Contains(f.Id)).ToListAsync(cancellationToken);
        var problems = new List<FeedbackError>();
        problems.AddRange(ids.Where(id => items.All(f => f.Id != id)).Select(id => new FeedbackNotFound(id)));
        problems.AddRange(items.Where(f => !scope.Covers(f.LocalityId)).Select(f => new NotInYourLocality(f.Id)));
        if (problems.Count > 0)
        {
            return new FeedbackResult<FeedbackResponseView>(null, problems);
        }
        var names = await KnownNamesAsync(items, scope, cancellationToken);
        var source = youSaid?.Trim() is { Length: > 0 } written ? written : items.Where(f => !f.SafeguardingFlag).Select(f => f.Text).FirstOrDefault();
        if (source is null)
        {
            return FeedbackResult<FeedbackResponseView>.Fail(new QuoteRequired());
        }
        var localities = items.Select(f => f.LocalityId).Distinct().ToList();
        var themesGiven = items.Select(f => f.Theme).Distinct().ToList();
        var response = new FeedbackResponse
        {
            YouSaid = anonymiser.Quote(source, names),
            WeDid = weDid,
            Theme = theme ?? (themesGiven.Count == 1 ? themesGiven[0] : null),
            LocalityId = localities is [{ } only] ? only : scope.Worker.LocalityId,
            CreatedAt = time.GetUtcNow(),
            CreatedById = scope.Worker.Id,
            Feedback = items,
        };
        db.FeedbackResponses.Add(response);
        foreach (var item in items)
        {
            item.Status = FeedbackStatus.Responded;
            item.ReadAt ??= response.CreatedAt;
            audit.Record(responder.Actor, FeedbackAuditActions.Respond, FeedbackAuditActions.FeedbackEntity, item.Id, item.AuthorPerson?.FamilyId);
        }
        audit.Record(responder.Actor, FeedbackAuditActions.ResponseCreate, FeedbackAuditActions.ResponseEntity, response.Id);
        await db.SaveChangesAsync(cancellationToken);
        return FeedbackResult<FeedbackResponseView>.Ok(FeedbackResponseView.From(response));
    }

    /// <summary>Puts a response on the public board. Managers only, and only for localities they cover.</summary>
    public async Task<FeedbackResult<FeedbackResponseView>> PublishResponseAsync(Guid responseId, StaffMember manager, CancellationToken cancellationToken = default)
    {
        var scope = await StaffScope.LoadAsync(db, manager.WorkerId, cancellationToken);
        if (scope is null)
        {
            return FeedbackResult<FeedbackResponseView>.Fail(new StaffNotFound());
        }
        if (!scope.IsManager)
        {
            return FeedbackResult<FeedbackResponseView>.Fail(new ManagersOnly());
        }
        var response = await db.FeedbackResponses.Include(r => r.Feedback).SingleOrDefaultAsync(r => r.Id == responseId, cancellationToken);
        if (response is null)
        {
            return FeedbackResult<FeedbackResponseView>.Fail(new ResponseNotFound(responseId));
        }
        if (!scope.Covers(response.LocalityId) || response.Feedback.Any(f => !scope.Covers(f.LocalityId)))
        {
            return FeedbackResult<FeedbackResponseView>.Fail(new NotInYourLocality(responseId));
        }
        if (response.PublishedAt is null)
        {
            response.PublishedAt = time.GetUtcNow();
            response.PublishedById = scope.Worker.Id;
            audit.Record(manager.Actor, FeedbackAuditActions.ResponsePublish, FeedbackAuditActions.ResponseEntity, response.Id);
            await db.SaveChangesAsync(cancellationToken);
        }
        return FeedbackResult<FeedbackResponseView>.Ok(FeedbackResponseView.From(response));
    }

    private async Task<SubmitFeedbackPayload?> ReplayAsync(string key, string text, Person? author, FeedbackSubmitter submitter, CancellationToken cancellationToken)
    {
        var existing = await db.Feedback.AsNoTracking().SingleOrDefaultAsync(f => f.IdempotencyKey == key, cancellationToken);
        if (existing is null)
        {
            return null;
        }
        // A key is only replayed to the same author with the same words; anything else must not
        // reveal the stored row, so a guessed key tells nobody anything.
        if (existing.Text != text || existing.AuthorPersonId != author?.Id)
        {
            return SubmitFeedbackPayload.Failed([new IdempotencyKeyReused()]);
        }
        if (author is not null)
        {
            audit.Record(submitter.Actor!, FeedbackAuditActions.Read, FeedbackAuditActions.FeedbackEntity, existing.Id, author.FamilyId, "submission retried");
            await db.SaveChangesAsync(cancellationToken);
        }
        return new SubmitFeedbackPayload(new SubmittedFeedback(existing.Id, existing.Status, existing.Theme, false), [], existing.SafeguardingFlag);
    }

    private async Task<List<string>> KnownNamesAsync(List<Data.Feedback> items, StaffScope scope, CancellationToken cancellationToken)
    {
        var families = items.Where(f => f.AuthorPerson is not null).Select(f => f.AuthorPerson!.FamilyId).Distinct().ToList();
        var localities = items.Select(f => f.LocalityId).OfType<Guid>().Append(scope.Worker.LocalityId).Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => families.Contains(p.FamilyId))
            .Select(p => new[] { p.GivenName, p.FamilyName, p.PreferredName }).ToListAsync(cancellationToken);
        var workers = await db.Workers.AsNoTracking().Where(w => localities.Contains(w.LocalityId))
            .Select(w => new[] { w.GivenName, w.FamilyName }).ToListAsync(cancellationToken);
        return people.Concat(workers).SelectMany(n => n).OfType<string>().Where(n => n.Length >= 2).Distinct().ToList();
    }

    private static IQueryable<Data.Feedback> Filter(IQueryable<Data.Feedback> query, FeedbackFilter filter)
    {
        if (filter.Theme is { } theme)
        {
            query = query.Where(f => f.Theme == theme);
        }
        if (filter.Status is { } status)
        {
            query = query.Where(f => f.Status == status);
        }
        if (filter.MinScore is { } min)
        {
            query = query.Where(f => f.HappyWithHelp >= min);
        }
        if (filter.MaxScore is { } max)
        {
            query = query.Where(f => f.HappyWithHelp <= max);
        }
        if (filter.From is { } from)
        {
            query = query.Where(f => f.CreatedAt >= from);
        }
        if (filter.To is { } to)
        {
            query = query.Where(f => f.CreatedAt < to);
        }
        if (filter.LocalityId is { } locality)
        {
            query = query.Where(f => f.LocalityId == locality);
        }
        if (filter.SafeguardingOnly)
        {
            query = query.Where(f => f.SafeguardingFlag);
        }
        return query;
    }

    private static IQueryable<Data.Feedback> WithDetails(IQueryable<Data.Feedback> query)
        => query.Include(f => f.AuthorPerson).Include(f => f.Locality).Include(f => f.Responses);

    private static StaffFeedbackView ToStaffView(Data.Feedback f)
        => new(f.Id, f.Text, f.Status, f.Theme, f.ExplainedClearly, f.InvolvedInPlanning, f.ListenedTo, f.HappyWithHelp, f.Anonymous, f.SafeguardingFlag, f.LocalityId, f.CreatedAt, f.ReadAt,
            f.AuthorPerson is { } person ? $"{person.PreferredName ?? person.GivenName} {person.FamilyName}" : null,
            f.Locality?.Name,
            f.Responses.OrderByDescending(r => r.CreatedAt).Select(FeedbackResponseView.From).FirstOrDefault());
}
