using System.Globalization;
using System.Text.RegularExpressions;
using StudyDecks.Core.Analysis;

namespace StudyDecks.Core.Articles;

/// <summary>
/// Reads the publication date an article's header gives: ISO 8601 (<c>2021-06-28</c>, or a date-time
/// <c>2021-06-28T09:30:00+02:00</c> of which the date part is taken as written), <c>June 28, 2021</c> and
/// <c>28 June 2021</c> (month names and short forms from <c>Resources/months.txt</c>). Anything else is no date.
/// </summary>
internal static partial class PublishedDate
{
    /// <summary>The day the text names, or <see langword="null"/> when it is no date in an accepted form.</summary>
    public static DateOnly? Parse(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var value = text.Trim();
        return Iso(value) ?? WithMonthName(value);
    }

    /// <summary>
    /// The day a web address files its page under, as news and government sites do (<c>…/2022/03/11/joint-statement…</c>):
    /// a year, month and day as consecutive path segments; <see langword="null"/> when the address has none, or more
    /// than one that differ.
    /// </summary>
    public static DateOnly? FromAddress(string? address)
    {
        if (address is null)
        {
            return null;
        }

        DateOnly? found = null;
        foreach (Match match in AddressDate().Matches(address))
        {
            // Read as the header's ISO form is, which turns away a month or day that is not one.
            if (Iso($"{match.Groups["year"].Value}-{match.Groups["month"].Value}-{match.Groups["day"].Value}") is not { } date)
            {
                return null;
            }

            if (found is { } earlier && earlier != date)
            {
                return null;
            }

            found = date;
        }

        return found;
    }

    /// <summary>
    /// A dateline: a line that is only a date, in a form <see cref="Parse"/> reads, maybe after its weekday ("Thursday,
    /// February 23, 2023", as news sites print above the text); a weekday that is not the date's is no dateline.
    /// </summary>
    public static DateOnly? ParseDateline(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var value = line.Trim();
        DayOfWeek? weekday = null;
        var comma = value.IndexOf(", ", StringComparison.Ordinal);
        if (comma > 0 && Enum.TryParse<DayOfWeek>(value[..comma], ignoreCase: false, out var named) && Enum.IsDefined(named) && !char.IsDigit(value[0]))
        {
            weekday = named;
            value = value[(comma + 2)..];
        }

        return Parse(value) is { } date && (weekday is null || date.DayOfWeek == weekday) ? date : null;
    }

    /// <summary><c>yyyy-MM-dd</c>, alone or followed by a time (<c>T</c> or a space, then a digit and the rest).</summary>
    private static DateOnly? Iso(string value)
    {
        const int Length = 10;
        var timeFollows = value.Length > Length + 1 && value[Length] is ('T' or 't' or ' ') && char.IsAsciiDigit(value[Length + 1]);
        if (value.Length < Length || (value.Length > Length && !timeFollows))
        {
            return null;
        }

        return DateOnly.TryParseExact(value.AsSpan(0, Length), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }

    /// <summary><c>June 28, 2021</c> (comma optional) or <c>28 June 2021</c>; a short month may end with a period.</summary>
    private static DateOnly? WithMonthName(string value)
    {
        var parts = value.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 3 || !IsDigits(parts[2], 4, 4))
        {
            return null;
        }

        var (monthPart, dayPart) = IsDigits(parts[0], 1, 2) ? (parts[1], parts[0]) : (parts[0], parts[1]);
        if (!IsDigits(dayPart, 1, 2) || Month(monthPart) is not { } month)
        {
            return null;
        }

        var year = int.Parse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture);
        var day = int.Parse(dayPart, NumberStyles.None, CultureInfo.InvariantCulture);
        return year >= 1 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    private static int? Month(string word)
    {
        var name = word.EndsWith('.') ? word[..^1] : word;
        if (name.Length == 0)
        {
            return null;
        }

        // months.txt spells months capitalised ("June", "Jun"); a header may write them in any case.
        var capitalised = char.ToUpperInvariant(name[0]) + name[1..].ToLowerInvariant();
        return Lexicon.Default.Months.TryGetValue(capitalised, out var month) ? month : null;
    }

    private static bool IsDigits(string text, int min, int max) =>
        text.Length >= min && text.Length <= max && text.All(char.IsAsciiDigit);

    // "/2022/03/11/": four-digit year from 1900 on, two-digit month and day, each a whole path segment.
    [GeneratedRegex(@"/(?<year>(?:19|20)\d{2})/(?<month>\d{2})/(?<day>\d{2})(?=/|$|[?#\s])")]
    private static partial Regex AddressDate();
}
