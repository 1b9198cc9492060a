using System.Globalization;
using System.Text.RegularExpressions;
using StudyDecks.Core.Analysis;

namespace StudyDecks.Core.Generation;

/// <summary>
/// A news report's day and month given the year the article's own date says ("the broadcasts began on August 10", dated
/// August 21, 2015 → "on August 10, 2015"): the day within half a year before the article, or, in a sentence that looks
/// ahead ("is to be held from November 20 to December 11"), within the year after it or the month before. A day that
/// fits neither is left as it is, for the linter to reject: which year it was, the article does not say.
/// </summary>
internal static partial class UndatedDays
{
    /// <summary>How far back a report of the past reaches for a day it gives without a year.</summary>
    private const int DaysBack = 183;

    /// <summary>How far ahead a sentence that looks ahead reaches.</summary>
    private const int DaysAhead = 365;

    /// <summary>How far back a sentence that looks ahead reaches: "is to run from January 23" in a report of January 28.</summary>
    private const int DaysBackWhenAhead = 31;

    /// <summary><paramref name="text"/> with each day and month that has no year given the one the article's date fixes.</summary>
    /// <param name="text">A question being written.</param>
    /// <param name="published">The article's date.</param>
    /// <param name="ahead">Whether the sentence looks ahead ("will", "is to be held"), so that a day after the article's date is meant.</param>
    public static string WithYears(string text, DateOnly published, bool ahead)
    {
        ArgumentNullException.ThrowIfNull(text);

        var months = Lexicon.Default.Months;
        // "on 14 December": a day written before its month takes its year after the month, with no comma.
        if (DayFirst().IsMatch(text))
        {
            text = DayFirst().Replace(text, match => Dated(match.Groups["month"].Value, match.Groups["day"].Value, months, published, ahead) is { } day
                ? $"{match.Value} {day.Year.ToString(CultureInfo.InvariantCulture)}"
                : match.Value);
        }

        // "In April, President Lee agreed …" (a report of June 2008): a month alone as a time is that year's April (both blind
        // reviewers of round 130: which April?).
        if (MonthAlone().IsMatch(text))
        {
            text = MonthAlone().Replace(text, match => MonthYear(match.Groups["month"].Value, months, published, ahead) is { } year
                ? $"{match.Value} {year.ToString(CultureInfo.InvariantCulture)}"
                : match.Value);
        }

        // Most questions give no day of a month: a match object is made only for one that does.
        if (!DayOfMonth().IsMatch(text))
        {
            return text;
        }

        return DayOfMonth().Replace(text, match =>
        {
            // "November 11 is the anniversary of the end of World War I": a day of every year, not of the report's.
            if (Quality.CardLinter.IsAnniversary(text, match.Index + match.Length)
                || Dated(match.Groups["firstMonth"].Value, match.Groups["firstDay"].Value, months, published, ahead) is not { } first)
            {
                return match.Value;
            }

            // "from November 20 to December 11": one year, after the second day, which must not fall before the first.
            var year = first.Year;
            if (match.Groups["second"].Success)
            {
                var second = match.Groups["secondMonth"].Success
                    ? Day(match.Groups["secondMonth"].Value, match.Groups["secondDay"].Value, months, year)
                    : Day(match.Groups["firstMonth"].Value, match.Groups["secondDay"].Value, months, year);

                // "November 20 to December 11" ends within the year; "December 20 to January 5" is not worked out.
                if (second is not { } end || end < first)
                {
                    return match.Value;
                }
            }

            // A year inside a sentence takes a comma after it: "began on August 10, 2015, and South Korea says".
            var after = match.Index + match.Length;
            var written = $"{match.Value}, {year.ToString(CultureInfo.InvariantCulture)}";
            return after < text.Length && text[after] == ' ' ? written + "," : written;
        });
    }

    /// <summary>The day in the year before, of or after the article's date that the sentence can mean, or <see langword="null"/>.</summary>
    private static DateOnly? Dated(string monthName, string dayText, IReadOnlyDictionary<string, int> months, DateOnly published, bool ahead)
    {
        foreach (var year in (ReadOnlySpan<int>)[published.Year, published.Year - 1, published.Year + 1])
        {
            if (Day(monthName, dayText, months, year) is not { } day)
            {
                return null;
            }

            var back = published.DayNumber - day.DayNumber;
            if ((back >= 0 && back <= (ahead ? DaysBackWhenAhead : DaysBack)) || (ahead && back < 0 && -back <= DaysAhead))
            {
                return day;
            }
        }

        return null;
    }

    /// <summary>
    /// The year of the month alone a sentence can mean: within half a year before the article's month (the same month
    /// included), or, in a sentence that looks ahead, within the year after it; or <see langword="null"/>.
    /// </summary>
    private static int? MonthYear(string monthName, System.Collections.Frozen.FrozenDictionary<string, int> months, DateOnly published, bool ahead)
    {
        if (!months.TryGetValue(monthName, out var month))
        {
            return null;
        }

        var back = ((published.Month - month) + 12) % 12;
        return ahead ? (month >= published.Month ? published.Year : published.Year + 1)
            : back <= 6 ? (month <= published.Month ? published.Year : published.Year - 1)
            : null;
    }

    private static DateOnly? Day(string monthName, string dayText, IReadOnlyDictionary<string, int> months, int year)
    {
        var day = int.Parse(dayText, CultureInfo.InvariantCulture);
        return months.TryGetValue(monthName.TrimEnd('.'), out var month) && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    // "August 10", "August 10th", and a span "November 20 to December 11", "January 23 through March 9", "May 3–5": not
    // one already followed by its year or another number ("May 5, 1982", "June 28 2010"), nor the first day of a span that
    // is ("April 17 and 18, 2012", "March 31 and April 1, 2012": the span, once read, is never given up for its first day
    // alone). A capitalised word before a number is a month only when the lexicon says so ("Super Bowl 50" is not).
    [GeneratedRegex(@"\b(?<firstMonth>\p{Lu}\p{Ll}+\.?) (?<firstDay>[0-3]?\d)(?:st|nd|rd|th)?\b(?>(?<second>(?: (?:to|through|until|and|or) |–|-)(?:(?<secondMonth>\p{Lu}\p{Ll}+\.?) )?(?<secondDay>[0-3]?\d)(?:st|nd|rd|th)?\b)?)(?![,–-]? ?\d)")]
    private static partial Regex DayOfMonth();

    // "In April,", "since March", "by early May", "mid-June": a month alone as a time, with no day or year after it and
    // no "of" or relative year after it ("May of 2008", "March next year" name their year).
    [GeneratedRegex(@"(?:\b(?:[Ii]n|[Bb]y|[Ss]ince|[Dd]uring|[Uu]ntil|[Ee]arly|[Ll]ate) (?:(?:early|late|mid-)\s?)?|\bmid-)(?<month>\p{Lu}\p{Ll}+)\b(?![\s,]*\d| (?:of|next|last|this)\b|-)")]
    private static partial Regex MonthAlone();

    // "14 December", "3 March": a day before its month, not one with a year or another number after it ("14 December
    // 2008"), nor a count before a capitalised word ("50 States" is no month, which Dated checks).
    [GeneratedRegex(@"\b(?<day>[0-3]?\d) (?<month>\p{Lu}\p{Ll}+)\b(?!,? ?\d)")]
    private static partial Regex DayFirst();
}
