using RightHelp.Api.Listings;
using RightHelp.Api.Tests.Infrastructure;
using RightHelp.Api.Tests.Oruk;

namespace RightHelp.Api.Tests.Listings;

/// <summary>The CSV export over real HTTP from the real Api, and the CSV rules on their own.</summary>
[Collection(ApiServerCollection.Name)]
public sealed class DirectoryExportTests(SeededApi api) : IClassFixture<SeededApi>
{
    [Fact]
    public async Task Export_is_every_active_listing_as_csv_with_public_fields_only()
    {
        using var response = await api.Client.GetAsync("/directory/export.csv");
        response.EnsureSuccessStatusCode();
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        Assert.StartsWith(string.Join(',', DirectoryExport.Header) + "\r\n", text, StringComparison.Ordinal);
        var active = await Sql.ScalarAsync<long>(api.Database.ConnectionString, "SELECT count(*) FROM services WHERE status = 'Active'");
        Assert.Equal(active, Records(text).Count - 1);
        Assert.Contains("Oak Lane Nurture Room", text, StringComparison.Ordinal);
        Assert.DoesNotContain("submitted_by", text, StringComparison.Ordinal);
        Assert.All(Records(text), record => Assert.Equal(DirectoryExport.Header.Length, record.Count));
    }

    [Fact]
    public async Task A_partners_formula_in_a_listing_reaches_the_export_defused()
    {
        await Sql.ExecuteAsync(api.Database.ConnectionString, "UPDATE services SET how_to_refer = '=cmd|'' /C calc''!A0' WHERE name = 'Oak Lane Nurture Room'");

        var text = await api.Client.GetStringAsync("/directory/export.csv");

        var row = Records(text).Single(r => r[1] == "Oak Lane Nurture Room");
        Assert.Equal("'=cmd|' /C calc'!A0", row[5]);
    }

    /// <summary>A small RFC 4180 reader, so the test checks the file as a spreadsheet would read it.</summary>
    private static List<List<string>> Records(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') { quoted = false; }
                else { field.Append(c); }
            }
            else if (c == '"') { quoted = true; }
            else if (c == ',') { record.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                record.Add(field.ToString()); field.Clear(); records.Add(record); record = []; i++;
            }
            else { field.Append(c); }
        }
        return records;
    }
}
