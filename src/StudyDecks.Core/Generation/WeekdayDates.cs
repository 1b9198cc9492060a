using System.Globalization;
using System.Text.RegularExpressions;
using StudyDecks.Core.Analysis;

namespace StudyDecks.Core.Generation;

/// <summary>
/// A news report's weekday made a date by the article's own date ("met in Washington on Monday", dated Tuesday,
/// October 1, 2024 → "on September 30, 2024"), and whether a question rests on such a date.
/// </summary>
internal static partial class WeekdayDates
{
    public const string WeekdayName = Analysis.Weekdays.Pattern;

    /// <summary>
    /// One weekday, or two joined by "and" or "or" ("on Tuesday and Wednesday"): one time phrase, dated or dropped whole,
    /// or the first goes and "measures and on April 18, 2012" is left.
    /// </summary>
    public const string WeekdayOrPair = WeekdayName + "(?: (?:and|or) " + WeekdayName + ")?";

    /// <summary>
    /// Prepositions whose object a weekday may be without being a time: "with Monday being the Labor Day holiday". Such a
    /// weekday is neither made a date (<see cref="OnWeekday"/>) nor dropped from a stem (SentenceStem).
    /// </summary>
    public const string NonTemporalPrepositions = "with|without|of|for|as|than|like|between";

    /// <summary>The last <paramref name="weekday"/> on or before <paramref name="published"/>.</summary>
    private static DateOnly Last(DateOnly published, string weekday)
    {
        var day = Enum.Parse<DayOfWeek>(weekday);
        var back = ((int)published.DayOfWeek - (int)day + 7) % 7;
        return published.AddDays(-back);
    }

    /// <summary>
    /// Whether <paramref name="question"/> gives a date that only the article's date made of a weekday, a "Yesterday" or a
    /// "today" in its sentence ("met on September 30, 2024" from "met Monday"): a statement resting on it cannot be
    /// checked against its source.
    /// </summary>
    public static bool DatesWeekdayOf(string question, string sentence, DateOnly? published)
    {
        if (published is { } day && ((LeadingYesterday().IsMatch(sentence) && question.Contains(DayBefore(day), StringComparison.Ordinal))
            || (question.Contains(Written(day), StringComparison.Ordinal) && !sentence.Contains(Written(day), StringComparison.Ordinal))))
        {
            return true;
        }

        // Most sentences name no weekday: a match object is made only for one that does.
        if (published is not { } date || !OnWeekday().IsMatch(sentence))
        {
            return false;
        }

        foreach (Match match in OnWeekday().Matches(sentence))
        {
            if (Dated(date, match) is { } dated && question.Contains(dated, StringComparison.Ordinal)
                && !sentence.Contains(dated, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The date an <see cref="OnWeekday"/> match stands for, written out: "April 17, 2012", or for two days "April 17 and 18,
    /// 2012" and "March 31 and April 1, 2012". Two days whose last dates run backwards ("Tuesday and Wednesday" in a report
    /// dated Tuesday) may straddle a week no one can tell: null.
    /// </summary>
    public static string? Dated(DateOnly published, Match match)
    {
        var first = Last(published, match.Groups["day"].Value);
        if (!match.Groups["day2"].Success)
        {
            return Written(first);
        }

        var second = Last(published, match.Groups["day2"].Value);
        var joint = match.Groups["conj"].Value;
        if (second <= first)
        {
            return null;
        }

        return first.Month == second.Month && first.Year == second.Year
            ? string.Create(CultureInfo.InvariantCulture, $"{first:MMMM d} {joint} {second:d, yyyy}")
            : first.Year == second.Year
                ? string.Create(CultureInfo.InvariantCulture, $"{first:MMMM d} {joint} {Written(second)}")
                : $"{Written(first)} {joint} {Written(second)}";
    }

    /// <summary>
    /// A day written as it stands in a sentence for a report's "today": " on May 24, 2022", and before more of the clause
    /// a comma after the year (" on May 24, 2022, in Tokyo").
    /// </summary>
    public static string OnDay(DateOnly day, bool moreOfClause) => " on " + Written(day) + (moreOfClause ? "," : "");

    /// <summary>
    /// Whether the clause that ends where <paramref name="before"/> ends holds a past form in lower case ("met"): a
    /// "today" after it tells of the report's day, not of a state that holds on ("is today the largest").
    /// </summary>
    public static bool PastInClauseBefore(ReadOnlySpan<char> before, Lexicon lexicon)
    {
        var clause = before[(before.LastIndexOfAny(',', ';', '—') + 1)..];
        foreach (var range in clause.Split(' '))
        {
            var word = clause[range];
            if (lexicon.IsLowerCasePastForm(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The day before <paramref name="published"/>, written out: what a report's opening "Yesterday" means.</summary>
    public static string DayBefore(DateOnly published) => Written(published.AddDays(-1));

    private static string Written(DateOnly date) => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    /// <summary>"Yesterday, …", "Yesterday morning, …" or "Yesterday in …" opening a report: the day before its date.</summary>
    [GeneratedRegex(@"^Yesterday(?: (?:morning|afternoon|evening|night))?(?:, | (?=\p{Ll}))")]
    public static partial Regex LeadingYesterday();

    /// <summary>
    /// "on Monday", "met Monday in …", "on Tuesday and Wednesday": a weekday, or two, a date can stand for (not "last
    /// Monday", "Monday night", "the Friday game", "Friday, November 19th", nor after a preposition other than "on": "with
    /// Monday being the Labor Day holiday"; nor a weekday after "and" or "or", the second of a pair).
    /// </summary>
    [GeneratedRegex(@"(?:(?<on>\b[Oo]n )|(?<=\b(?!(?:last|this|next|every|each|until|by|since|before|after|from|through|to|on|the|an|and|or|" + NonTemporalPrepositions + @")\b)\p{Ll}{2,} ))(?<day>" + WeekdayName + @")(?: (?<conj>and|or) (?<day2>" + WeekdayName + @"))?\b(?! (?:[Mm]orning|[Aa]fternoon|[Ee]vening|[Nn]ight|and|or)\b)(?![’']s)(?!,? \p{Lu}\p{Ll}+ \d)(?!,? \d{1,2} \p{Lu}\p{Ll}+)")]
    public static partial Regex OnWeekday();
}
