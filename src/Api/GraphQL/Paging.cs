using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using RightHelp.Api.Authorization;
using RightHelp.Api.Data;
using RightHelp.GraphQL;
using RightHelp.GraphQL.Execution;

namespace RightHelp.Api.GraphQL;

/// <summary>Offset cursors for connections over an ordered query: "first" is capped at 100.</summary>
public static class Paging
{
    public const int MaxPageSize = 100;

    public static async Task<Connection> PageAsync<T>(RequestDatabase database, Func<PortalDbContext, IQueryable<T>> query, ResolveContext context)
        where T : class
    {
        var first = context.GetArgument<int?>("first") ?? 20;
        if (first is < 0 or > MaxPageSize)
        {
            throw new GraphQLException($"first must be between 0 and {MaxPageSize}.", new Dictionary<string, object?> { ["code"] = "BAD_USER_INPUT" });
        }
        var offset = DecodeCursor(context.GetArgument<string?>("after"));
        var (total, rows) = await database.RunAsync(async db =>
        {
            var ordered = query(db);
            var count = await ordered.CountAsync(context.CancellationToken);
            var page = await ordered.Skip(offset).Take(first).ToListAsync(context.CancellationToken);
            return (count, page);
        }, context.CancellationToken);
        var end = offset + rows.Count;
        return new Connection(total, rows, new PageInfo(end < total, rows.Count > 0 ? EncodeCursor(end) : context.GetArgument<string?>("after")));
    }

    public static string EncodeCursor(int offset)
        => Base64Url.EncodeToString(Encoding.UTF8.GetBytes("offset:" + offset.ToString(CultureInfo.InvariantCulture)));

    public static int DecodeCursor(string? cursor)
    {
        if (cursor is null)
        {
            return 0;
        }
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            if (text.StartsWith("offset:", StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(7), NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
            {
                return offset;
            }
        }
        catch (FormatException)
        {
        }
        throw new GraphQLException("The after cursor is not one this API gave out.", new Dictionary<string, object?> { ["code"] = "BAD_USER_INPUT" });
    }
}
