namespace RightHelp.Portal.Api.EarlyHelp;

public sealed record OpeningTime(string Description, IReadOnlyList<string> Days, string? OpensAt, string? ClosesAt)
{
    /// <summary>"Monday to Friday, 09:00 to 17:00" style words for a list or a summary row.</summary>
    public string Text
    {
        get
        {
            var days = Days.Count switch
            {
                0 => "",
                1 => Days[0],
                5 when Days[0] == "Monday" && Days[4] == "Friday" => "Monday to Friday",
                _ => string.Join(", ", Days.Take(Days.Count - 1)) + " and " + Days[^1],
            };
            var hours = OpensAt is not null && ClosesAt is not null ? $"{OpensAt} to {ClosesAt}" : "";
            var when = string.Join(", ", new[] { days, hours }.Where(part => part.Length > 0));
            return when.Length == 0 ? Description : Description.Length == 0 ? when : $"{when} ({Description})";
        }
    }
}
