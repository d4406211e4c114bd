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
    public async Task<DirectorySearchResult> SearchAsync(DirectorySearchRequest request, CancellationToken cancellationToken = default)
    {
        // Listings that answer every idea in the search come first and keep the candidate set small
        // (the GIN index does the work); only when none do is any single idea enough.
        var result = await SearchAsync(request, requireEveryConcept: true, cancellationToken);
        return result.TotalCount == 0 && result.Concepts.Count(c => c.Weight >= 1) > 1
            ? await SearchAsync(request, requireEveryConcept: false, cancellationToken)
            : result;
    }

    private async Task<DirectorySearchResult> SearchAsync(DirectorySearchRequest request, bool requireEveryConcept, CancellationToken cancellationToken)
    {
        var pageSize = Math.Clamp(request.PageSize, 1, DirectorySearchRequest.MaxPageSize);
        var page = Math.Max(1, request.Page);
        var text = request.Text?.Trim() ?? "";
        IReadOnlyList<SearchConcept> concepts = [];
        if (text.Length > 0)
        {
            var words = await vocabulary.GetAsync(db, cancellationToken);
            concepts = SearchQueryParser.Parse(text, words);
        }

        var parameters = new List<NpgsqlParameter>();
        string Add(object value, NpgsqlDbType? type = null)
        {
            var name = "p" + parameters.Count.ToString(CultureInfo.InvariantCulture);
            parameters.Add(type is { } t ? new NpgsqlParameter(name, t) { Value = value } : new NpgsqlParameter(name, value));
            return "@" + name;
        }

        var score = new StringBuilder("0");
        var where = new StringBuilder("s.status = 'Active'");
        if (text.Length > 0)
        {
            var raw = Add(text.ToLowerInvariant());
            var anyConcept = concepts.Count == 0 ? "" : string.Join(" | ", concepts.Select(c => "(" + c.ToTsQuery() + ")"));
            var all = Add(anyConcept);
            var strong = concepts.Where(c => c.Weight >= 1).ToList();
            var matchQuery = requireEveryConcept && strong.Count > 1
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
            where.Append(CultureInfo.InvariantCulture, $" AND (s.search_vector @@ to_tsquery('english', {matchQuery}) OR s.name % {raw} OR {raw} <% s.name)");
        }
        if (!string.IsNullOrWhiteSpace(request.Category))
        {
            var category = Add(request.Category.Trim());
            where.Append(CultureInfo.InvariantCulture, $"""
                 AND EXISTS (SELECT 1 FROM service_taxonomy_terms st
                     JOIN taxonomy_terms tt ON tt.id = st.taxonomy_term_id
                     LEFT JOIN taxonomy_terms parent ON parent.id = tt.parent_id
                     WHERE st.service_id = s.id AND (tt.code = {category} OR parent.code = {category}))
                """);
        }
        if (!string.IsNullOrWhiteSpace(request.Locality))
        {
            var locality = Add(request.Locality.Trim());
            where.Append(CultureInfo.InvariantCulture, $"""
                 AND (EXISTS (SELECT 1 FROM service_areas sa JOIN localities l ON l.id = sa.locality_id
                         WHERE sa.service_id = s.id AND l.slug = {locality})
                      OR EXISTS (SELECT 1 FROM service_at_locations sal JOIN locations loc ON loc.id = sal.location_id
                         JOIN localities l ON l.id = loc.locality_id WHERE sal.service_id = s.id AND l.slug = {locality}))
                """);
        }
        if (request.Age is { } age)
        {
            var ageParameter = Add(age);
            // A service that states no eligibility is open to every age.
            where.Append(CultureInfo.InvariantCulture, $"""
                 AND (NOT EXISTS (SELECT 1 FROM eligibilities e WHERE e.service_id = s.id)
                      OR EXISTS (SELECT 1 FROM eligibilities e WHERE e.service_id = s.id
                         AND (e.minimum_age IS NULL OR e.minimum_age <= {ageParameter})
                         AND (e.maximum_age IS NULL OR e.maximum_age >= {ageParameter})))
                """);
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

        var sql = $"""
            WITH matched AS MATERIALIZED (
                SELECT s.id, s.name, s.description, s.organization_id, s.is_free, s.referral_route, s.assured_date,
                       ({score}) AS score
                FROM services s
                WHERE {where}
            ),
            area AS (
                SELECT sa.service_id, sa.locality_id FROM service_areas sa JOIN matched m ON m.id = sa.service_id
                UNION
                SELECT sal.service_id, loc.locality_id FROM service_at_locations sal
                    JOIN matched m ON m.id = sal.service_id
                    JOIN locations loc ON loc.id = sal.location_id
                    WHERE loc.locality_id IS NOT NULL
            )
            SELECT
                (SELECT count(*) FROM matched)::int,
                (SELECT coalesce(json_agg(h), '[]') FROM (
                    SELECT m.id, m.name, m.description, o.name AS organization_name, m.is_free, m.referral_route,
                           m.assured_date, m.score
                    FROM matched m JOIN organizations o ON o.id = m.organization_id
                    ORDER BY m.score DESC, m.name, m.id
                    LIMIT {limit} OFFSET {offset}) h),
                (SELECT coalesce(json_agg(f ORDER BY f.count DESC, f.label), '[]') FROM (
                    SELECT tt.code AS key, tt.name AS label, count(DISTINCT m.id) AS count
                    FROM matched m
                    JOIN service_taxonomy_terms st ON st.service_id = m.id
                    JOIN taxonomy_terms tt ON tt.id = st.taxonomy_term_id
                    GROUP BY tt.code, tt.name) f),
                (SELECT coalesce(json_agg(f ORDER BY f.label), '[]') FROM (
                    SELECT l.slug AS key, l.name AS label, count(DISTINCT a.service_id) AS count
                    FROM area a JOIN localities l ON l.id = a.locality_id
                    GROUP BY l.slug, l.name) f),
                (SELECT json_build_array(
                    json_build_object('key', 'free', 'label', 'Free', 'count', count(*) FILTER (WHERE m.is_free)),
                    json_build_object('key', 'paid', 'label', 'May cost', 'count', count(*) FILTER (WHERE NOT m.is_free)))
                    FROM matched m),
                (SELECT json_build_array(
                    json_build_object('key', 'self', 'label', 'Self-referral', 'count',
                        count(*) FILTER (WHERE m.referral_route IN ('SelfReferral', 'SelfOrProfessional'))),
                    json_build_object('key', 'professional', 'label', 'Professional referral', 'count',
                        count(*) FILTER (WHERE m.referral_route IN ('ProfessionalReferral', 'SelfOrProfessional'))))
                    FROM matched m)
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
            var total = reader.GetInt32(0);
            var hits = ReadHits(reader.GetString(1));
            var facets = new DirectoryFacets(ReadFacets(reader.GetString(2)), ReadFacets(reader.GetString(3)),
                ReadFacets(reader.GetString(4)), ReadFacets(reader.GetString(5)));
            return new DirectorySearchResult(hits, total, page, pageSize, facets, concepts);
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
