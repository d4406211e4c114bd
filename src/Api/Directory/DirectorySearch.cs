using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using RightHelp.Api.Data;

namespace RightHelp.Api.Directory;

/// <summary>
/// Searches published listings in everyday words. Each concept of the query scores by where it
/// matches (name, then taxonomy words, then description, through the weighted tsvector);
/// trigram similarity on the name catches typos the word correction missed. One round trip
/// returns the page, the total and the facets.
/// </summary>
public sealed class DirectorySearch(PortalDbContext db, DirectoryVocabulary vocabulary)
{
    /// <summary>
    /// The most listings one search ranks and counts. Every council directory we know of is
    /// smaller; a search that matches more says "at least" this many, as large search engines do.
    /// </summary>
    public const int MaxCandidates = 1000;

    public async Task<DirectorySearchResult> SearchAsync(DirectorySearchRequest request, CancellationToken cancellationToken = default)
    {
        var text = request.Text?.Trim() ?? "";
        IReadOnlyList<SearchConcept> concepts = [];
        if (text.Length > 0)
        {
            var words = await vocabulary.GetAsync(db, cancellationToken);
            concepts = SearchQueryParser.Parse(text, words);
        }
        // Listings that answer every idea in the search come first and keep the candidate set small
        // (the GIN index does the work); only when none do is any single idea enough; only when no
        // word matches at all are names compared letter by letter, as trigrams over every name are
        // slow and, tried on every search, pushed better matches out of the top five.
        var result = await SearchAsync(request, text, concepts, MatchMode.EveryConcept, cancellationToken);
        if (result.TotalCount == 0 && concepts.Count(c => c.Weight >= 1) > 1)
        {
            result = await SearchAsync(request, text, concepts, MatchMode.AnyConcept, cancellationToken);
        }
        return result.TotalCount == 0 && text.Length > 0
            ? await SearchAsync(request, text, concepts, MatchMode.SimilarName, cancellationToken)
            : result;
    }

    private enum MatchMode
    {
        EveryConcept,
        AnyConcept,
        SimilarName,
    }

    private async Task<DirectorySearchResult> SearchAsync(DirectorySearchRequest request, string text,
        IReadOnlyList<SearchConcept> concepts, MatchMode mode, CancellationToken cancellationToken)
    {
        var pageSize = Math.Clamp(request.PageSize, 1, DirectorySearchRequest.MaxPageSize);
        var page = Math.Max(1, request.Page);

        var parameters = new List<NpgsqlParameter>();
        string Add(object value, NpgsqlDbType? type = null)
        {
            var name = "p" + parameters.Count.ToString(CultureInfo.InvariantCulture);
            parameters.Add(type is { } t ? new NpgsqlParameter(name, t) { Value = value } : new NpgsqlParameter(name, value));
            return "@" + name;
        }

        var score = new StringBuilder("0");
        string? nameMatch = null;
        var where = new StringBuilder("s.status = 'Active'");
        if (text.Length > 0)
        {
            var raw = Add(text.ToLowerInvariant());
            var anyConcept = concepts.Count == 0 ? "" : string.Join(" | ", concepts.Select(c => "(" + c.ToTsQuery() + ")"));
            var all = Add(anyConcept);
            var strong = concepts.Where(c => c.Weight >= 1).ToList();
            var matchQuery = mode == MatchMode.EveryConcept && strong.Count > 1
                ? Add(string.Join(" & ", strong.Select(c => "(" + c.ToTsQuery() + ")")))
                : all;
            foreach (var concept in concepts)
            {
                var weight = concept.Weight.ToString(CultureInfo.InvariantCulture);
                score.Append(CultureInfo.InvariantCulture,
                    $" + {weight} * (0.5 * (s.search_vector @@ to_tsquery('english', {Add(concept.ToTsQuery("A"))}))::int" +
                    $" + 0.3 * (s.search_vector @@ to_tsquery('english', {Add(concept.ToTsQuery("AB"))}))::int" +
                    $" + 0.2 * (s.search_vector @@ to_tsquery('english', {Add(concept.ToTsQuery())}))::int)");
            }
            score.Append(CultureInfo.InvariantCulture, $" + 0.6 * word_similarity({raw}, s.name) + ts_rank(s.search_vector, to_tsquery('english', {all}), 32)");
            where.Append(mode == MatchMode.SimilarName
                ? $" AND (s.name % {raw} OR {raw} <% s.name)"
                : $" AND s.search_vector @@ to_tsquery('english', {matchQuery})");
            if (mode != MatchMode.SimilarName && concepts.Count > 0)
            {
                nameMatch = $"s.name_vector @@ to_tsquery('english', {all})";
            }
        }
        if (!string.IsNullOrWhiteSpace(request.Category))
        {
            var category = Add(request.Category.Trim());
            where.Append(CultureInfo.InvariantCulture, $"""
                 AND s.taxonomy_term_ids && ARRAY(SELECT tt.id FROM taxonomy_terms tt
                     LEFT JOIN taxonomy_terms parent ON parent.id = tt.parent_id
                     WHERE tt.code = {category} OR parent.code = {category})
                """);
        }
        if (!string.IsNullOrWhiteSpace(request.Locality))
        {
            var locality = Add(request.Locality.Trim());
            where.Append(CultureInfo.InvariantCulture, $" AND s.locality_ids && ARRAY(SELECT l.id FROM localities l WHERE l.slug = {locality})");
        }
        if (request.Age is { } age)
        {
            // A service that states no eligibility is open to every age.
            where.Append(CultureInfo.InvariantCulture, $" AND (s.eligible_ages IS NULL OR s.eligible_ages @> {Add(age, NpgsqlDbType.Integer)})");
        }
        if (request.FreeOnly)
        {
            where.Append(" AND s.is_free");
        }
        if (request.Referral is { } referral)
        {
            var route = referral == ReferralRouteFilter.SelfReferral ? nameof(ReferralRoute.SelfReferral) : nameof(ReferralRoute.ProfessionalReferral);
            where.Append(CultureInfo.InvariantCulture, $" AND s.referral_route IN ({Add(route)}, '{nameof(ReferralRoute.SelfOrProfessional)}')");
        }
        var limit = Add(pageSize);
        var offset = Add(Math.Max(0, request.Offset ?? (page - 1) * pageSize));

        var cap = Add(MaxCandidates);
        // Candidates come from the GIN indexes and stop at MaxCandidates, listings with a search
        // word in their name first (they score highest), so a search that matches a fifth of a
        // large directory does the work of a narrow one (browsing by filters alone lists the
        // candidates by name). Only candidates are ranked, counted and
        // faceted; the page's wide columns are read for its own rows only.
        var candidates = nameMatch is null
            ? $"""
                candidates AS MATERIALIZED (
                    SELECT s.id FROM services s WHERE {where} LIMIT {cap}
                ),
                """
            : $"""
                named AS MATERIALIZED (
                    SELECT s.id FROM services s WHERE {where} AND {nameMatch} LIMIT {cap}
                ),
                candidates AS MATERIALIZED (
                    SELECT id FROM named
                    UNION ALL
                    (SELECT s.id FROM services s WHERE {where} AND s.id NOT IN (SELECT id FROM named)
                     LIMIT {cap} - (SELECT count(*) FROM named))
                ),
                """;
        var sql = $"""
            WITH {candidates}
            matched AS MATERIALIZED (
                SELECT s.id, s.name, s.taxonomy_term_ids, s.locality_ids, s.is_free, s.referral_route, ({score}) AS score
                FROM services s
                WHERE s.id IN (SELECT id FROM candidates)
            )
            SELECT
                (SELECT json_build_array(count(*),
                    count(*) FILTER (WHERE m.is_free), count(*) FILTER (WHERE NOT m.is_free),
                    count(*) FILTER (WHERE m.referral_route IN ('SelfReferral', 'SelfOrProfessional')),
                    count(*) FILTER (WHERE m.referral_route IN ('ProfessionalReferral', 'SelfOrProfessional')))
                    FROM matched m)::text,
                (SELECT coalesce(json_agg(h ORDER BY h.score DESC, h.name, h.id), '[]') FROM (
                    SELECT s.id, s.name, s.description, o.name AS organization_name, s.is_free, s.referral_route,
                           s.assured_date, p.score
                    FROM (SELECT m.id, m.score FROM matched m ORDER BY m.score DESC, m.name, m.id LIMIT {limit} OFFSET {offset}) p
                    JOIN services s ON s.id = p.id
                    JOIN organizations o ON o.id = s.organization_id) h)::text,
                (SELECT coalesce(json_agg(f ORDER BY f.count DESC, f.label), '[]') FROM (
                    SELECT tt.code AS key, tt.name AS label, c.count
                    FROM (SELECT t.id, count(*) AS count FROM matched m, unnest(m.taxonomy_term_ids) AS t(id) GROUP BY t.id) c
                    JOIN taxonomy_terms tt ON tt.id = c.id) f)::text,
                (SELECT coalesce(json_agg(f ORDER BY f.label), '[]') FROM (
                    SELECT l.slug AS key, l.name AS label, c.count
                    FROM (SELECT a.id, count(*) AS count FROM matched m, unnest(m.locality_ids) AS a(id) GROUP BY a.id) c
                    JOIN localities l ON l.id = c.id) f)::text
            """;

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken);
        }
        try
        {
            await using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.AddRange(parameters.ToArray());
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            var counts = JsonSerializer.Deserialize<int[]>(reader.GetString(0))!;
            var hits = ReadHits(reader.GetString(1));
            var facets = new DirectoryFacets(ReadFacets(reader.GetString(2)), ReadFacets(reader.GetString(3)),
                [new FacetCount("free", "Free", counts[1]), new FacetCount("paid", "May cost", counts[2])],
                [new FacetCount("self", "Self-referral", counts[3]), new FacetCount("professional", "Professional referral", counts[4])]);
            var total = counts[0];
            return new DirectorySearchResult(hits, total, page, pageSize, facets, concepts) { IsTotalCapped = total >= MaxCandidates };
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }

    private static List<DirectorySearchHit> ReadHits(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray().Select(h => new DirectorySearchHit(
            h.GetProperty("id").GetGuid(),
            h.GetProperty("name").GetString()!,
            h.GetProperty("description").GetString()!,
            h.GetProperty("organization_name").GetString()!,
            h.GetProperty("is_free").GetBoolean(),
            Enum.Parse<ReferralRoute>(h.GetProperty("referral_route").GetString()!),
            h.GetProperty("assured_date").ValueKind == JsonValueKind.Null ? null : DateOnly.Parse(h.GetProperty("assured_date").GetString()!, CultureInfo.InvariantCulture),
            h.GetProperty("score").GetDouble())).ToList();
    }

    private static List<FacetCount> ReadFacets(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray().Select(f => new FacetCount(
            f.GetProperty("key").GetString()!,
            f.GetProperty("label").GetString()!,
            f.GetProperty("count").GetInt32())).ToList();
    }
}
