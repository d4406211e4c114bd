using System.Globalization;
using Npgsql;
using NpgsqlTypes;

namespace RightHelp.Benchmarks.DirectoryData;

/// <summary>
/// Adds N made-up but realistic services to a migrated portal database that already holds the
/// taxonomy and localities (the demo seed), so directory search can be measured at any size.
/// The same seed gives the same directory. Rows go in with binary COPY: 100,000 services take seconds.
/// </summary>
public sealed class SyntheticDirectory(int seed = 20261123)
{
    private static readonly string[] Places = ["Northgate", "Southmere", "Eastholm", "Westcombe", "Ashbridge", "Kingsford", "Oak Lane", "Brook Hill", "Millbrook", "Hartwell"];

    private static readonly string[] Kinds = ["Group", "Drop-in", "Service", "Project", "Club", "Advice Line", "Course", "Team", "Hub", "Workshop"];

    private static readonly string[] Openers =
    [
        "A friendly", "A free", "A confidential", "A weekly", "An evening", "A small", "A specialist", "A local", "A volunteer-led", "An online",
    ];

    private static readonly string[] Closers =
    [
        "No appointment needed.", "Children welcome.", "Interpreters can be arranged.", "Step-free access.", "Evening sessions available.",
        "Run with the family hub.", "Referrals from schools accepted.", "Places are limited, so ask early.", "Bring a friend if you like.", "Online and in person.",
    ];

    /// <summary>Per taxonomy term code: topic words for names, and phrases for descriptions.</summary>
    private static readonly Dictionary<string, (string[] Topics, string[] Phrases)> Topics = new(StringComparer.Ordinal)
    {
        ["domestic-abuse"] = (["Domestic Abuse", "Safe Relationships", "Staying Safe"], ["support after domestic abuse", "safety planning with a worker", "help to leave a controlling partner", "recovery for children who saw violence at home"]),
        ["substance-misuse"] = (["Drug and Alcohol", "Recovery", "Harm Reduction"], ["help to cut down drinking", "support for young people using cannabis", "recovery groups for parents", "advice about drugs and alcohol"]),
        ["adult-mental-health"] = (["Wellbeing", "Talking Therapies", "Mental Health"], ["support for anxiety and low mood", "counselling for adults", "a safe space in a crisis", "peer support for parents who feel low"]),
        ["children-mental-health"] = (["Young Minds", "Emotional Wellbeing", "Worry"], ["help for children who worry", "support for teenagers who self-harm", "counselling for young people", "calm spaces for anxious pupils"]),
        ["parenting"] = (["Parenting", "Family Support", "Positive Parenting"], ["a parenting course for tantrums and bedtime", "support for dads and mums", "help with teenagers who argue", "family routines and behaviour"]),
        ["send"] = (["SEND", "Autism", "Additional Needs"], ["support for parents of autistic children", "advice about EHCPs", "play sessions for disabled children", "help with ADHD and sensory needs"]),
        ["youth"] = (["Youth", "Young People's", "Teen"], ["youth club activities in the evening", "mentoring for teenagers", "sport and music for young people", "a safe place to hang out"]),
        ["young-carers"] = (["Young Carers", "Carers", "Sibling"], ["breaks for young carers", "support for children who look after a parent", "clubs for young carers", "help at school for young carers"]),
        ["housing"] = (["Housing", "Homelessness", "Tenancy"], ["help if you are at risk of losing your home", "advice about rent arrears", "supported housing for young people", "help with eviction notices"]),
        ["inclusion"] = (["Inclusion", "Attendance", "Learning"], ["support when a child won't go to school", "help for pupils at risk of exclusion", "alternative education", "attendance support for families"]),
        ["exploitation"] = (["Exploitation", "Safer Streets", "Missing"], ["support for young people at risk of county lines", "help with online grooming", "return home interviews", "advice for parents about gangs"]),
        ["holiday-food"] = (["Holiday Club", "Food", "Summer"], ["holiday activities with a free lunch", "food parcels for families", "cooking on a budget", "free meals in the school holidays"]),
        ["early-years"] = (["Early Years", "Baby", "Stay and Play"], ["play sessions for babies and toddlers", "support from health visitors", "help with feeding and sleep", "groups for new parents"]),
        ["money"] = (["Money", "Benefits", "Debt"], ["help with Universal Credit", "debt advice", "help with energy bills", "checking which benefits you can get"]),
    };

    private static readonly string[] ChildTables = ["service_taxonomy_terms", "service_areas", "eligibilities"];

    private static readonly string[] Routes = ["SelfReferral", "ProfessionalReferral", "SelfOrProfessional"];

    public async Task<int> AddAsync(string connectionString, int count, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var terms = await ReadAsync(connection, "SELECT id, code, name || ': ' || description FROM taxonomy_terms WHERE code = ANY(@codes)",
            r => (Id: r.GetGuid(0), Code: r.GetString(1), Words: r.GetString(2)), Topics.Keys.ToArray(), cancellationToken);
        var localities = await ReadAsync(connection, "SELECT id, name FROM localities ORDER BY slug", r => (Id: r.GetGuid(0), Name: r.GetString(1)), null, cancellationToken);
        if (terms.Count == 0 || localities.Count == 0)
        {
            throw new InvalidOperationException("Seed the demo data first: synthetic services use its taxonomy and localities.");
        }

        var random = new Random(seed);
        var organizationCount = Math.Max(1, count / 20);
        var organizations = Enumerable.Range(0, organizationCount).Select(_ => NewId(random)).ToArray();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        await using (var writer = await connection.BeginBinaryImportAsync("COPY organizations (id, name, description, type, email, website) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            for (var i = 0; i < organizations.Length; i++)
            {
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(organizations[i], NpgsqlDbType.Uuid, cancellationToken);
                await writer.WriteAsync($"{Places[i % Places.Length]} Community Partnership {i + 1}", NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync("A made-up provider for measuring search.", NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync("VoluntarySector", NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync($"hello{i}@example.test", NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync($"https://partner{i}.example.test", NpgsqlDbType.Text, cancellationToken);
            }
            await writer.CompleteAsync(cancellationToken);
        }

        var services = new List<(Guid Id, List<(Guid Id, string Code, string Words)> Terms, Guid Locality, int? Min, int? Max)>(count);
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY services (id, organization_id, name, description, url, email, status, fees, is_free, referral_route, how_to_refer, assured_date, assurer_email, last_modified, taxonomy_words, taxonomy_term_ids, locality_ids, eligible_ages) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            for (var i = 0; i < count; i++)
            {
                var id = NewId(random);
                var chosen = terms.OrderBy(_ => random.Next()).Take(random.Next(1, 3)).ToList();
                var (topics, phrases) = Topics[chosen[0].Code];
                var place = Places[random.Next(Places.Length)];
                var name = $"{place} {topics[random.Next(topics.Length)]} {Kinds[random.Next(Kinds.Length)]}";
                var description = $"{Openers[random.Next(Openers.Length)]} service offering {phrases[random.Next(phrases.Length)]} and {phrases[random.Next(phrases.Length)]}. " +
                                  $"{Closers[random.Next(Closers.Length)]} {Closers[random.Next(Closers.Length)]}";
                var free = random.NextDouble() < 0.8;
                var assured = today.AddDays(-random.Next(0, 400));
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(id, NpgsqlDbType.Uuid, cancellationToken);
                await writer.WriteAsync(organizations[random.Next(organizations.Length)], NpgsqlDbType.Uuid, cancellationToken);
                await writer.WriteAsync(name, NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(description, NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync($"https://services.example.test/{id:N}", NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync("directory@example.test", NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(random.NextDouble() < 0.97 ? "Active" : "Inactive", NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(free ? "Free" : "£" + random.Next(2, 20).ToString(CultureInfo.InvariantCulture) + " a session", NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(free, NpgsqlDbType.Boolean, cancellationToken);
                await writer.WriteAsync(Routes[random.Next(Routes.Length)], NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync("Call or email to refer.", NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(assured, NpgsqlDbType.Date, cancellationToken);
                await writer.WriteAsync("directory@example.test", NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(new DateTimeOffset(assured.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), NpgsqlDbType.TimestampTz, cancellationToken);
                await writer.WriteAsync(string.Join(". ", chosen.Select(t => t.Words)), NpgsqlDbType.Text, cancellationToken);
                var min = random.NextDouble() < 0.3 ? (int?)null : random.Next(0, 16);
                var max = min is null ? null : (int?)Math.Min(99, min.Value + random.Next(2, 20));
                var locality = localities[random.Next(localities.Count)].Id;
                // What the migration 0005 triggers would write, written here because they are off for the load.
                await writer.WriteAsync(chosen.Select(t => t.Id).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Uuid, cancellationToken);
                await writer.WriteAsync(new[] { locality }, NpgsqlDbType.Array | NpgsqlDbType.Uuid, cancellationToken);
                await writer.WriteAsync(new[] { min is { } low ? new NpgsqlRange<int>(low, true, max!.Value, true) : new NpgsqlRange<int>(0, false, true, 0, false, true) },
                    NpgsqlDbType.IntegerMultirange, cancellationToken);
                services.Add((id, chosen, locality, min, max));
                if ((i + 1) % 10_000 == 0)
                {
                    progress?.Report(i + 1);
                }
            }
            await writer.CompleteAsync(cancellationToken);
        }

        // Each service's search columns are written above, so the triggers that keep them in step
        // (one UPDATE of services per child row) would only redo that work, for minutes at 100,000 services.
        foreach (var table in ChildTables)
        {
            await ExecuteAsync(connection, $"ALTER TABLE {table} DISABLE TRIGGER USER", cancellationToken);
        }
        await using (var writer = await connection.BeginBinaryImportAsync("COPY service_taxonomy_terms (id, service_id, taxonomy_term_id) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var service in services)
            {
                foreach (var term in service.Terms)
                {
                    await writer.WriteRowAsync(cancellationToken, NewId(random), service.Id, term.Id);
                }
            }
            await writer.CompleteAsync(cancellationToken);
        }
        await using (var writer = await connection.BeginBinaryImportAsync("COPY service_areas (id, service_id, locality_id, name) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var service in services)
            {
                await writer.WriteRowAsync(cancellationToken, NewId(random), service.Id, service.Locality, "Synthetic area");
            }
            await writer.CompleteAsync(cancellationToken);
        }
        await using (var writer = await connection.BeginBinaryImportAsync("COPY eligibilities (id, service_id, description, minimum_age, maximum_age) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var service in services)
            {
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(NewId(random), NpgsqlDbType.Uuid, cancellationToken);
                await writer.WriteAsync(service.Id, NpgsqlDbType.Uuid, cancellationToken);
                await writer.WriteAsync("Made-up eligibility.", NpgsqlDbType.Text, cancellationToken);
                await WriteNullableAsync(writer, service.Min, cancellationToken);
                await WriteNullableAsync(writer, service.Max, cancellationToken);
            }
            await writer.CompleteAsync(cancellationToken);
        }
        foreach (var table in ChildTables)
        {
            await ExecuteAsync(connection, $"ALTER TABLE {table} ENABLE TRIGGER USER", cancellationToken);
        }
        await ExecuteAsync(connection, "VACUUM ANALYZE", cancellationToken);
        return count;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task WriteNullableAsync(NpgsqlBinaryImporter writer, int? value, CancellationToken cancellationToken)
    {
        if (value is { } v)
        {
            await writer.WriteAsync(v, NpgsqlDbType.Integer, cancellationToken);
        }
        else
        {
            await writer.WriteNullAsync(cancellationToken);
        }
    }

    private static Guid NewId(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[6] = (byte)(0x40 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }

    private static async Task<List<T>> ReadAsync<T>(NpgsqlConnection connection, string sql, Func<NpgsqlDataReader, T> read, string[]? codes, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        if (codes is not null)
        {
            command.Parameters.AddWithValue("codes", codes);
        }
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }
        return rows;
    }
}
